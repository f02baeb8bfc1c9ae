import type { Finding, FindingCell, Lang } from './model/finding';
import { cellName, colName, rowName } from './i18n/words';
import { COL_KEYS, TEMPLATE_ROWS, type ColKey, type RowKey } from './model/keys';
import type { ApplicationsTable } from './report/types';
import { dataOf, IDENTITY_CHECKS, identityData } from './checks';

/**
 * The failing identities grouped by their likely cause (SPEC.md §3 `causes`), most important
 * first. A user acts on the cause, not on its symptoms: one mistyped cell fails every identity
 * through it, and a 总计 column left blank fails a dozen; listing twelve errors that say "应为 0"
 * on a printed 805 hides the one thing to fix. `findings` stays one per failing identity (outside
 * tools count them); every error finding belongs to exactly one cause.
 */
export type CauseKind = 'suspect-cell' | 'blank-column' | 'blank-row' | 'identity';

export interface Cause {
  kind: CauseKind;
  severity: 'error';
  /** The cells the cause is about: the suspect, or the blank run. */
  cells: FindingCell[];
  /** Indexes into the result's findings. */
  findings: number[];
  /** The suspect's printed value and the value that makes its identities hold. */
  actual?: number | null;
  expected?: number | null;
  /** The blank run: its column or row, and how many of its cells are blank. */
  col?: ColKey;
  row?: RowKey;
  blank?: number;
  message?: string;
}

/** A run of blank cells this long in one column is a column left blank, not a slip. */
const BLANK_RUN = 3;

interface CellLike {
  row: string;
  col: string;
}
const key = (c: CellLike) => `${c.row}|${c.col}`;

export function findCauses(findings: readonly Finding[], table: ApplicationsTable | null): Cause[] {
  const claimed = new Set<number>();
  const errors = findings.map((f, i) => ({ f, i })).filter(({ f }) => f.severity === 'error');
  const identityErrors = errors.filter(({ f }) => IDENTITY_CHECKS.has(f.check));
  const causes: Cause[] = [];

  const suspects = findings.filter((f) => f.check === 'suspect-cell');
  const explained = (s: Finding) => {
    const list = dataOf(s, 'suspect-cell')?.explains ?? [];
    return identityErrors.filter(({ f }) => list.some((e) => e.check === f.check && e.at.row === f.at.row && e.at.col === f.at.col)).map(({ i }) => i);
  };
  const suspectCause = (s: Finding): Cause | null => {
    const ids = explained(s).filter((i) => !claimed.has(i));
    if (!ids.length) return null;
    ids.forEach((i) => claimed.add(i));
    const cell = s.cells?.[0];
    return { kind: 'suspect-cell', severity: 'error', cells: cell ? [cell] : [], findings: ids, actual: s.actual ?? null, expected: s.expected ?? null };
  };

  // One cell that explains every failure is the whole story.
  for (const s of suspects) {
    if (!dataOf(s, 'suspect-cell')?.explainsAll) continue;
    const c = suspectCause(s);
    if (c) causes.push(c);
  }

  // Blank runs: a column (or a row) left blank fails every identity that reads its cells.
  if (table && claimed.size < identityErrors.length) {
    const rows = TEMPLATE_ROWS[table.template];
    const blank = (row: RowKey, c: number) => table.cells[row]?.[c]?.status === 'blank';
    const runs: { kind: 'blank-column' | 'blank-row'; cells: FindingCell[]; col?: ColKey; row?: RowKey }[] = [];
    COL_KEYS.forEach((col, c) => {
      const cells = rows.filter((row) => blank(row, c)).map((row) => ({ row, col, ref: table.cells[row]?.[c]?.ref ?? null }));
      if (cells.length >= BLANK_RUN) runs.push({ kind: 'blank-column', cells, col });
    });
    for (const row of rows) {
      const cells = COL_KEYS.flatMap((col, c) => (blank(row, c) ? [{ row, col, ref: table.cells[row]?.[c]?.ref ?? null }] : []));
      if (cells.length === COL_KEYS.length) runs.push({ kind: 'blank-row', cells, row });
    }
    // A run breaks an identity when one side of it adds up to nothing because its cells are blank
    // while the other side says something: 总计 left blank beside figures, or figures left blank
    // under a printed （七）总计. A blank column whose figures would be 0 anyway breaks nothing.
    const valueAt = (c: CellLike) => table.rows[c.row as RowKey]?.[COL_KEYS.indexOf(c.col as ColKey)] ?? 0;
    const emptiedBy = (f: Finding, inRun: Set<string>) => {
      const printed = f.cells ?? [];
      const terms: CellLike[] = identityData(f)?.terms ?? [];
      const sum = (side: CellLike[]) => side.reduce((a, c) => a + valueAt(c), 0);
      const empty = (side: CellLike[], other: CellLike[]) => side.some((c) => inRun.has(key(c))) && sum(side) === 0 && sum(other) !== 0;
      return empty(printed, terms) || empty(terms, printed);
    };
    for (const run of runs) {
      const inRun = new Set(run.cells.map(key));
      const ids = identityErrors.filter(({ f, i }) => !claimed.has(i) && emptiedBy(f, inRun)).map(({ i }) => i);
      if (!ids.length) continue;
      ids.forEach((i) => claimed.add(i));
      causes.push({ kind: run.kind, severity: 'error', cells: run.cells, findings: ids, col: run.col, row: run.row, blank: run.cells.length });
    }
  }

  // Other suspects, likeliest first (suspect-cell ranks them).
  for (const s of suspects) {
    if (dataOf(s, 'suspect-cell')?.explainsAll) continue;
    const c = suspectCause(s);
    if (c) causes.push(c);
  }

  // Whatever is left stands alone: its own finding is its cause.
  for (const { f, i } of errors) {
    if (claimed.has(i)) continue;
    causes.push({ kind: 'identity', severity: 'error', cells: (f.cells ?? []).map((c) => ({ ...c })), findings: [i] });
  }
  // Most failures explained first; the order above breaks ties.
  return causes
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.findings.length - a.c.findings.length || a.order - b.order)
    .map(({ c }) => c);
}

/** "（一）予以公开·自然人" or "空白" for a printed value. */
export function printedText(value: number | null | undefined, lang: Lang): string {
  return typeof value === 'number' ? String(value) : lang === 'en' ? 'blank' : '空白';
}

/** The cause in one sentence, leading with what to fix. */
export function causeMessage(cause: Cause, findings: readonly Finding[], lang: Lang): string {
  const en = lang === 'en';
  const n = cause.findings.length;
  const ids = en ? `${n} identit${n > 1 ? 'ies' : 'y'}` : `${n} 处勾稽关系`;
  switch (cause.kind) {
    case 'suspect-cell': {
      const cell = cause.cells[0];
      const name = cell ? cellName(cell, lang) : '';
      const printed = printedText(cause.actual, lang);
      return en
        ? `Likeliest misprint: ${name} reads ${printed}, should be ${cause.expected} — it fails the ${ids} through it`
        : `最可能的错填处：${name} 页面为 ${printed}，应为 ${cause.expected}——经过此格的 ${ids}因此不成立`;
    }
    case 'blank-column': {
      const col = colName(cause.col, lang);
      return en
        ? `The ${col} column is left blank in ${cause.blank} rows (counted as 0): ${ids} fail because of it`
        : `${col}列 ${cause.blank} 行空白（按 0 计算），${ids}因此不成立`;
    }
    case 'blank-row': {
      const row = rowName(cause.row, lang);
      return en ? `The row ${row} is left blank (counted as 0): ${ids} fail because of it` : `${row}一行空白（按 0 计算），${ids}因此不成立`;
    }
    default: {
      const f = findings[cause.findings[0]!];
      return f?.message ?? f?.check ?? '';
    }
  }
}

/** The causes with their sentences in the reader's language (the edge of the system). */
export function withCauseMessages<C extends Cause>(causes: readonly C[], findings: readonly Finding[], lang: Lang): C[] {
  return causes.map((c) => ({ ...c, message: causeMessage(c, findings, lang) }));
}

/** The cause a finding belongs to, if it is an error. */
export function causeOf<C extends Pick<Cause, 'findings'>>(causes: readonly C[], index: number): C | undefined {
  return causes.find((c) => c.findings.includes(index));
}

/**
 * What a knock-on cell says instead of its identity's own "应为": how far off the identity is
 * and the cell it most likely comes from ("差 3，最可能源于 （一）予以公开·自然人 25 → 22").
 */
export function knockOnText(f: Finding, cause: Cause, lang: Lang): string {
  const en = lang === 'en';
  const d = typeof f.actual === 'number' && typeof f.expected === 'number' ? Math.abs(f.actual - f.expected) : null;
  const off = d === null ? '' : en ? `Off by ${d}; ` : `差 ${d}，`;
  if (cause.kind === 'suspect-cell') {
    const cell = cause.cells[0];
    const arrow = `${printedText(cause.actual, lang)} → ${cause.expected}`;
    return en ? `${off}most likely from ${cell ? cellName(cell, lang) : ''} ${arrow}` : `${off}最可能源于 ${cell ? cellName(cell, lang) : ''} ${arrow}`;
  }
  if (cause.kind === 'blank-column')
    return en ? `${off}because the ${colName(cause.col, lang)} column is blank` : `${off}源于${colName(cause.col, lang)}列空白`;
  if (cause.kind === 'blank-row') return en ? `${off}because the row ${rowName(cause.row, lang)} is blank` : `${off}源于${rowName(cause.row, lang)}一行空白`;
  return f.message ?? f.check;
}

/** The cause in a few words, for the pill: "疑似错填 （二）部分公开·总计 7 → 6", "总计列 19 行空白". */
export function causeShort(cause: Cause, findings: readonly Finding[], lang: Lang): string {
  const en = lang === 'en';
  if (cause.kind === 'suspect-cell') {
    const cell = cause.cells[0];
    return `${en ? 'likely misprint' : '疑似错填'} ${cell ? cellName(cell, lang) : ''} ${printedText(cause.actual, lang)} → ${cause.expected}`;
  }
  if (cause.kind === 'blank-column')
    return en ? `${colName(cause.col, lang)} column blank in ${cause.blank} rows` : `${colName(cause.col, lang)}列 ${cause.blank} 行空白`;
  if (cause.kind === 'blank-row') return en ? `row ${rowName(cause.row, lang)} blank` : `${rowName(cause.row, lang)}一行空白`;
  const f = findings[cause.findings[0]!];
  return f?.message ?? f?.check ?? '';
}

/**
 * The result with only the findings kept (the user dismissed the others on this page), its
 * causes' indexes renumbered and causes left with no finding dropped: copies and the panel's
 * table then say what the user sees.
 */
export function keepFindings<R extends { findings: Finding[]; causes?: C[] }, C extends Pick<Cause, 'findings'>>(
  result: R,
  keep: (index: number) => boolean,
): R {
  const map = new Map<number, number>();
  const findings = result.findings.filter((_, i) => {
    if (!keep(i)) return false;
    map.set(i, map.size);
    return true;
  });
  if (!result.causes) return { ...result, findings };
  const causes = result.causes.map((c) => ({ ...c, findings: c.findings.flatMap((i) => (map.has(i) ? [map.get(i)!] : [])) })).filter((c) => c.findings.length);
  return { ...result, findings, causes };
}
