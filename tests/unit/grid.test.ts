import { describe, expect, it } from 'vitest';
import { gridFromTable } from '../../lib/grid/from-dom';
import { parseHtml } from '../helpers/dom';

function table(html: string): HTMLTableElement {
  return parseHtml(`<body>${html}</body>`).querySelector('table')!;
}

const texts = (g: ReturnType<typeof gridFromTable>) => g.rows.map((r) => r.map((c) => (c ? c.text : null)));

describe('gridFromTable', () => {
  it('resolves rowspan and colspan', () => {
    const g = gridFromTable(table('<table><tr><td rowspan=2>a</td><td colspan=2>b</td></tr><tr><td>c</td><td>d</td></tr></table>'));
    expect(texts(g)).toEqual([
      ['a', 'b', 'b'],
      ['a', 'c', 'd'],
    ]);
    expect(g.issues).toEqual([]);
  });

  it('reads only its own rows, never a nested table’s', () => {
    const g = gridFromTable(table('<table><tr><td><table><tr><td>inner</td><td>x</td></tr></table></td><td>b</td></tr></table>'));
    expect(g.rows.length).toBe(1);
    expect(g.width).toBe(2);
  });

  it('leaves short rows uncovered instead of padding them with cells', () => {
    const g = gridFromTable(table('<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>'));
    expect(texts(g)).toEqual([
      ['a', 'b', 'c'],
      ['d', null, null],
    ]);
  });

  it('reports overlapping spans', () => {
    const g = gridFromTable(table('<table><tr><td>a</td><td rowspan=2>b</td></tr><tr><td colspan=2>c</td></tr></table>'));
    expect(g.issues.some((i) => i.kind === 'overlap')).toBe(true);
  });

  it('caps hostile spans', () => {
    const g = gridFromTable(table('<table><tr><td colspan=1000 rowspan=65534>a</td></tr><tr><td>b</td></tr></table>'));
    expect(g.width).toBeLessThanOrEqual(64);
    expect(g.rows.length).toBe(2);
    expect(g.issues.some((i) => i.kind === 'span-capped')).toBe(true);
  });

  it('treats rowspan=0 as running to the end of the table', () => {
    const g = gridFromTable(table('<table><tr><td rowspan=0>a</td><td>b</td></tr><tr><td>c</td></tr><tr><td>d</td></tr></table>'));
    expect(texts(g).map((r) => r[0])).toEqual(['a', 'a', 'a']);
  });
});
