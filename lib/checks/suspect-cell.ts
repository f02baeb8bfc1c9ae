import { COL_KEYS } from '../model/keys';
import { holds, sameCell, sides, tableIdentities, valueOf, type CellKey, type Identity } from '../report/identities';
import { cellName } from '../i18n/words';
import type { Check, Finding } from './types';

/**
 * Where an auditor starts looking: a cell that takes part in every failing identity, and in
 * nothing that holds, with one value that would make all of them hold.
 */
function suspects(input: Parameters<Check['run']>[0]): Finding[] {
  const table = input.applications;
  if (!table) return [];
  const ids = tableIdentities(table);
  const failing = ids.filter((id) => !holds(table, id));
  if (failing.length === 0) return [];
  const through = (cell: CellKey, id: Identity) => [...id.left, ...id.right].some((c) => sameCell(c, cell));
  const candidates: CellKey[] = [];
  for (const id of failing) for (const c of [...id.left, ...id.right]) if (!candidates.some((x) => sameCell(x, c))) candidates.push(c);
  const out: Finding[] = [];
  for (const cell of candidates) {
    const mine = ids.filter((id) => through(cell, id));
    if (mine.length !== failing.length || !mine.every((id) => failing.includes(id))) continue;
    const current = valueOf(table, cell);
    const fixes = mine.map((id) => {
      const { left, right } = sides(table, id);
      const onLeft = id.left.some((c) => sameCell(c, cell));
      return onLeft ? right - (left - current) : left - (right - current);
    });
    const fix = fixes[0]!;
    if (fix < 0 || !fixes.every((v) => v === fix)) continue;
    const read = table.cells[cell.row]?.[COL_KEYS.indexOf(cell.col)];
    out.push({
      check: 'suspect-cell',
      severity: 'info',
      at: { row: cell.row, col: cell.col },
      expected: fix,
      actual: read?.value ?? null,
      cells: [{ ...cell, ref: read?.ref ?? null, raw: read?.raw }],
      data: { explains: mine.map((id) => ({ check: id.check, at: id.at })) },
    });
  }
  return out;
}

const check: Check = {
  id: 'suspect-cell',
  describes: {
    'zh-CN': '若只改一个单元格就能让所有不成立的勾稽关系成立，指出该单元格',
    en: 'Names the one cell whose change would make every failing identity hold',
  },
  run: suspects,
  message: {
    'zh-CN': (f) => {
      const c = f.cells?.[0];
      const n = (f.data?.explains as unknown[] | undefined)?.length ?? 0;
      return `疑似错填：${c ? cellName(c, 'zh-CN') : ''} 页面为 ${f.actual ?? '空白'}，若为 ${f.expected}，则 ${n} 处不成立的勾稽关系全部成立`;
    },
    en: (f) => {
      const c = f.cells?.[0];
      const n = (f.data?.explains as unknown[] | undefined)?.length ?? 0;
      return `Likely misprint: ${c ? cellName(c, 'en') : ''} reads ${f.actual ?? 'blank'}; were it ${f.expected}, all ${n} failing identities would hold`;
    },
  },
};
export default check;
