import { describe, expect, it } from 'vitest';
import { COL_KEYS, TEMPLATE_ROWS } from '../../lib/model/keys';
import { looksLikeTypo, rankSuspects } from '../../lib/report/suspects';
import type { ApplicationsTable } from '../../lib/report/types';
import { FIXTURES } from '../helpers/fixtures';
import { inputOf, page } from './helpers';

function withCell(table: ApplicationsTable, row: keyof ApplicationsTable['rows'], col: number, value: number): ApplicationsTable {
  const rows = { ...table.rows, [row]: table.rows[row]!.map((v, i) => (i === col ? value : v)) };
  return { ...table, rows };
}

describe('looksLikeTypo', () => {
  it.each([
    [7, 6, true],
    [258, 285, true],
    [49, 4, true],
    [12, 112, true],
    [10, 23, false],
    [100, 1, false],
  ])('%i / %i → %s', (a, b, want) => expect(looksLikeTypo(a, b)).toBe(want));
});

describe('rankSuspects', () => {
  it('is empty for a table whose identities hold', () => {
    expect(rankSuspects(inputOf(page('pingtan_2023')).applications!)).toEqual([]);
  });

  it('leads with the two planted misprints of the sample report', () => {
    const ranked = rankSuspects(inputOf(`${FIXTURES}samples/sample-report.html`).applications!);
    const top = ranked.slice(0, 2).map((s) => [s.cell.row, s.cell.col, s.fix]);
    expect(top).toContainEqual(['partially_granted', 'total', 6]);
    expect(top).toContainEqual(['carried_forward', 'natural_person', 2]);
    expect(ranked[0]!.breaks).toEqual([]);
  });

  it('ranks a single changed cell first, on every row of a clean table', () => {
    const clean = inputOf(page('pingtan_2025')).applications!;
    for (const row of TEMPLATE_ROWS[clean.template]) {
      for (const col of [0, 1, 6]) {
        const was = clean.rows[row]![col] ?? 0;
        const ranked = rankSuspects(withCell(clean, row, col, was + 3));
        expect(ranked[0]!.cell, `${row} ${COL_KEYS[col]}`).toEqual({ row, col: COL_KEYS[col] });
        expect(ranked[0]!.fix).toBe(was);
        expect(ranked[0]!.explainsAll).toBe(true);
      }
    }
  });
});
