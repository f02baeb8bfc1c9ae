import { COL_KEYS } from '../model/keys';
import { holds, sameCell, sides, tableIdentities, valueOf, type CellKey, type Identity } from '../report/identities';
import { withRead } from '../report/identity-findings';
import { cellName } from '../i18n/words';
import { rankSuspects } from '../report/suspects';
import type { Check } from './types';
import type { Finding } from '../model/finding';

/**
 * Where an auditor starts looking: a cell all of whose identities fail and agree on one value
 * that would make them hold. A single misprint always passes this test and, one cell changing
 * each of its identities by the same amount, no other cell does; several independent misprints
 * each get their own suspect. `explainsAll` says whether the cell accounts for every failure.
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
    if (!mine.every((id) => failing.includes(id))) continue;
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
      cells: [withRead({ ...cell, ref: read?.ref ?? null, raw: read?.raw }, read?.read)],
      data: { explains: mine.map((id) => ({ check: id.check, at: id.at })), explainsAll: mine.length === failing.length },
    });
  }
  // Likeliest first (lib/report/suspects.ts): the panel leads with the first.
  const order = rankSuspects(table, 50).map((r) => `${r.cell.row}|${r.cell.col}`);
  const rank = (f: Finding) => {
    const i = order.indexOf(`${f.at.row}|${f.at.col}`);
    return i < 0 ? order.length : i;
  };
  return out.sort((a, b) => rank(a) - rank(b)).map((f, i) => ({ ...f, data: { ...f.data, rank: i + 1 } }));
}

const check: Check = {
  id: 'suspect-cell',
  name: { 'zh-CN': '疑似错填', en: 'Likely misprint' },
  describes: {
    'zh-CN': '指出只改一个数字就能让经过它的所有勾稽关系成立的单元格（最可能的错填处）',
    en: 'Names the cell whose change alone would make every identity through it hold (the likeliest misprint)',
  },
  run: suspects,
  message: {
    'zh-CN': (f) => {
      const c = f.cells?.[0];
      const n = (f.data?.explains as unknown[] | undefined)?.length ?? 0;
      return `疑似错填：${c ? cellName(c, 'zh-CN') : ''} 页面为 ${f.actual ?? '空白'}，若为 ${f.expected}，则经过此格的 ${n} 处勾稽关系全部成立${f.data?.explainsAll ? '' : '（其余不成立之处另有原因）'}`;
    },
    en: (f) => {
      const c = f.cells?.[0];
      const n = (f.data?.explains as unknown[] | undefined)?.length ?? 0;
      return `Likely misprint: ${c ? cellName(c, 'en') : ''} reads ${f.actual ?? 'blank'}; were it ${f.expected}, the ${n} identities through it would hold${f.data?.explainsAll ? '' : ' (the other failures have another cause)'}`;
    },
  },
};
export default check;
