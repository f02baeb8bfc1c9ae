import { COL_KEYS } from '../model/keys';
import { failingCells, identityIndex, sides, uncertain, valueOf, type Identity } from '../report/identities';
import { withRead } from './families/with-read';
import { cellName } from '../i18n/words';
import { rankSuspects } from '../report/suspects';
import { defineCheck, type Draft } from './define';
import type { CheckInput } from './types';

/**
 * Where an auditor starts looking: a cell all of whose identities fail and agree on one value
 * that would make them hold. A single misprint always passes this test and, one cell changing
 * each of its identities by the same amount, no other cell does; several independent misprints
 * each get their own suspect. `explainsAll` says whether the cell accounts for every failure.
 */
/** Each failing identity through the cell, named as its finding is. */
type Explained = { check: Identity['check']; at: Identity['at'] };
export type SuspectData = { explains: Explained[]; explainsAll: boolean; rank?: number };

function suspects(input: CheckInput): Draft<SuspectData>[] {
  const table = input.applications;
  if (!table) return [];
  const index = identityIndex(table.template);
  const sums = index.ids.map((id) => sides(table, id));
  // An identity that fails only through cells OCR read uncertainly is ocr-uncertain's to report.
  const failing = index.ids.filter((id, i) => sums[i]!.left !== sums[i]!.right && !uncertain(table, id));
  if (failing.length === 0) return [];
  const isFailing = new Set(failing);
  const out: Draft<SuspectData>[] = [];
  for (const cell of failingCells(failing)) {
    const mine = index.through(cell);
    if (!mine.every((id) => isFailing.has(id))) continue;
    const current = valueOf(table, cell);
    const fixes = mine.map((id) => {
      const { left, right } = sums[index.place.get(id)!]!;
      return index.onLeft(id, cell) ? right - (left - current) : left - (right - current);
    });
    const fix = fixes[0]!;
    if (fix < 0 || !fixes.every((v) => v === fix)) continue;
    const read = table.cells[cell.row]?.[COL_KEYS.indexOf(cell.col)];
    out.push({
      at: { row: cell.row, col: cell.col },
      expected: fix,
      actual: read?.value ?? null,
      cells: [withRead({ ...cell, ref: read?.ref ?? null, raw: read?.raw }, read)],
      data: { explains: mine.map((id) => ({ check: id.check, at: { ...id.at } })), explainsAll: mine.length === failing.length },
    });
  }
  // Likeliest first (lib/report/suspects.ts): the panel leads with the first.
  const order = rankSuspects(table, 50).map((r) => `${r.cell.row}|${r.cell.col}`);
  const rank = (f: Draft<SuspectData>) => {
    const i = order.indexOf(`${f.at.row}|${f.at.col}`);
    return i < 0 ? order.length : i;
  };
  return out.sort((a, b) => rank(a) - rank(b)).map((f, i) => ({ ...f, data: { ...f.data, rank: i + 1 } }));
}

export default defineCheck({
  id: 'suspect-cell',
  severity: 'info',
  name: { 'zh-CN': '疑似错填', en: 'Likely misprint' },
  describes: {
    'zh-CN': '指出只改一个数字就能让经过它的所有勾稽关系成立的单元格（最可能的错填处）',
    en: 'Names the cell whose change alone would make every identity through it hold (the likeliest misprint)',
  },
  run: suspects,
  messages: {
    default: {
      'zh-CN': (f) => {
        const c = f.cells?.[0];
        return `疑似错填：${c ? cellName(c, 'zh-CN') : ''} 页面为 ${f.actual ?? '空白'}，若为 ${f.expected}，则经过此格的 ${f.data.explains.length} 处勾稽关系全部成立${f.data.explainsAll ? '' : '（其余不成立之处另有原因）'}`;
      },
      en: (f) => {
        const c = f.cells?.[0];
        return `Likely misprint: ${c ? cellName(c, 'en') : ''} reads ${f.actual ?? 'blank'}; were it ${f.expected}, the ${f.data.explains.length} identities through it would hold${f.data.explainsAll ? '' : ' (the other failures have another cause)'}`;
      },
    },
  },
});
