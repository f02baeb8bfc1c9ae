import { COL_KEYS } from '../../model/keys';
import type { FindingCell, Lang } from '../../model/finding';
import { sides, tableIdentities, uncertain, valueOf, type Identity } from '../../report/identities';
import { defineCheck, type Check, type Draft, type FindingOf, type Sentence } from '../define';
import type { CheckInput } from '../types';
import { withRead } from './with-read';

/** What an identity's finding carries: both sides' printed values, the left side's cells. */
export type IdentityData = {
  left: number[];
  right: number[];
  terms: FindingCell[];
  /** Cells of either side left blank. */
  blanks: number;
  /** The printed side left blank: shown as 空白, never as "页面 0". */
  printedBlank: boolean;
};

/** One error finding per failing identity of the given kind. */
function identityFindings(input: CheckInput, check: Identity['check']): Draft<IdentityData>[] {
  const table = input.applications;
  if (!table) return [];
  const out: Draft<IdentityData>[] = [];
  for (const id of tableIdentities(table)) {
    if (id.check !== check) continue;
    const { left, right } = sides(table, id);
    if (left === right) continue;
    // A failure through a doubtful OCR reading is ocr-uncertain's to say, as a warning.
    if (uncertain(table, id)) continue;
    const refOf = (c: { row: (typeof id.left)[number]['row']; col: (typeof id.left)[number]['col'] }) => table.cells[c.row]?.[COL_KEYS.indexOf(c.col)];
    out.push({
      at: id.at,
      expected: left,
      actual: right,
      cells: id.right.map((c) => withRead({ ...c, ref: refOf(c)?.ref ?? null }, refOf(c))),
      data: {
        left: id.left.map((c) => valueOf(table, c)),
        right: id.right.map((c) => valueOf(table, c)),
        terms: id.left.map((c) => withRead({ ...c, ref: refOf(c)?.ref ?? null }, refOf(c))),
        blanks: [...id.left, ...id.right].filter((c) => refOf(c)?.status === 'blank').length,
        printedBlank: id.right.every((c) => refOf(c)?.status === 'blank'),
      },
    });
  }
  return out;
}

/** The printed side as the sentence says it: a total left blank is 空白, never "页面 0". */
export function printed(f: FindingOf<IdentityData>, lang: Lang): string {
  if (f.data.printedBlank) return lang === 'en' ? 'printed blank' : '页面空白';
  return lang === 'en' ? `printed ${f.actual}` : `页面 ${f.actual}`;
}

/** The three identities of section three differ only in which identity and how it is said. */
export function identityCheck<const Id extends Identity['check']>(spec: {
  id: Id;
  name: Check['name'];
  describes: Check['describes'];
  message: Sentence<IdentityData>;
}): Check<Id, IdentityData> {
  return defineCheck({
    id: spec.id,
    severity: 'error',
    name: spec.name,
    describes: spec.describes,
    messages: { default: spec.message },
    run: (input) => identityFindings(input, spec.id),
  });
}
