import { COL_KEYS, REVIEW_GROUP_KEYS, REVIEW_ITEM_KEYS, TEMPLATE_ROWS, type ColKey } from '../../model/keys';
import type { FindingCell, Lang } from '../../model/finding';
import { doubtful } from '../../report/identities';
import type { CellStatus } from '../../report/types';
import { cellList, colName } from '../../i18n/words';
import { defineCheck, type Check, type Draft, type FindingOf } from '../define';
import type { CheckInput } from '../types';
import { withRead } from './with-read';

/** Section three's finding names its whole columns; section four's has none to name. */
export type CellStatusData = { count: number; wholeColumns?: ColKey[] };

/**
 * One finding per table naming every cell of the given status: a portal that leaves whole
 * columns blank would otherwise bury the errors under a warning per row.
 */
function cellStatusFindings(input: CheckInput, status: CellStatus): Draft<CellStatusData>[] {
  const out: Draft<CellStatusData>[] = [];
  const table = input.applications;
  if (table) {
    const rows = TEMPLATE_ROWS[table.template];
    const hits: FindingCell[] = [];
    for (const row of rows) {
      (table.cells[row] ?? []).forEach((c, i) => {
        // A doubtful OCR reading (a blank that may hold a faint figure) is ocr-uncertain's to name.
        if (c.status === status && !doubtful(c)) hits.push(withRead({ row, col: COL_KEYS[i]!, ref: c.ref, raw: c.raw || undefined }, c));
      });
    }
    const wholeColumns = COL_KEYS.filter((col) => hits.filter((h) => h.col === col).length === rows.length);
    if (hits.length) out.push({ at: { section: 'applications' }, cells: hits, data: { count: hits.length, wholeColumns } });
  }
  const review = input.review;
  if (review) {
    const hits: FindingCell[] = [];
    review.cells.forEach((c, i) => {
      if (c.status === status) {
        hits.push({ row: REVIEW_GROUP_KEYS[Math.floor(i / 5)]!, col: REVIEW_ITEM_KEYS[i % 5]!, ref: c.ref, raw: c.raw || undefined });
      }
    });
    if (hits.length) out.push({ at: { section: 'review' }, cells: hits, data: { count: hits.length } });
  }
  return out;
}

/** "商业企业、科研机构列整列；另有 …": whole columns first, then the cells left over. */
function cellSummary(f: FindingOf<CellStatusData>, lang: Lang): string {
  const whole: string[] = f.data.wholeColumns ?? [];
  const rest = (f.cells ?? []).filter((c) => !whole.includes(c.col));
  const parts: string[] = [];
  if (whole.length) {
    const names = whole.map((c) => colName(c, lang));
    parts.push(lang === 'en' ? `the whole ${names.join(', ')} column${whole.length > 1 ? 's' : ''}` : `${names.join('、')}列整列`);
  }
  if (rest.length) parts.push(cellList(rest, lang));
  const count = f.cells?.length ?? 0;
  return lang === 'en' ? `${count} cell${count > 1 ? 's' : ''}: ${parts.join('; ')}` : `${count} 处：${parts.join('；')}`;
}

/** blank-cell, placeholder-cell and unparsed-cell differ only in the status and the words. */
export function cellStatusCheck<const Id extends string>(spec: {
  id: Id;
  status: CellStatus;
  name: Check['name'];
  describes: Check['describes'];
  /** What the cells are, before the list of them. */
  lead: Check['name'];
}): Check<Id, CellStatusData> {
  return defineCheck({
    id: spec.id,
    severity: 'warning',
    name: spec.name,
    describes: spec.describes,
    messages: {
      default: {
        'zh-CN': (f) => `${spec.lead['zh-CN']}：${cellSummary(f, 'zh-CN')}`,
        en: (f) => `${spec.lead.en}: ${cellSummary(f, 'en')}`,
      },
    },
    run: (input) => cellStatusFindings(input, spec.status),
  });
}
