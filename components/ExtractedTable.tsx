import { useState } from 'preact/hooks';
import type { Lang } from '@/lib/model/finding';
import { COL_KEYS, TEMPLATE_ROWS, type Template } from '@/lib/model/keys';
import { colName, rowName } from '@/lib/i18n/words';
import { ui } from '@/lib/i18n/ui';
import { markedRows } from '@/lib/format/cell-marks';
import type { AuditResult } from '@/lib/model/schema';

// Headers of two or three characters: at a side panel's 320–400 px, seven full names push 总计
// (where most errors sit) off-screen. The full name stays in the header's accessible name.
const SHORT_COLS: Record<Lang, readonly string[]> = {
  'zh-CN': ['自然人', '商业', '科研', '公益', '法律', '其他', '总计'],
  en: ['Person', 'Firm', 'Res.', 'NGO', 'Legal', 'Other', 'Total'],
};

/** What Gouji read, normalised, with the cells of the findings marked: a misread shows here. */
export function ExtractedTable({ result, lang }: { result: AuditResult; lang: Lang }) {
  const t = ui(lang);
  // The reader's choice outlives a re-audit of the same page; the default is "only problems".
  const [showAll, setShowAll] = useState(false);
  const table = result.tables.applications;
  const template = result.report?.template as Template | null;
  if (!table || !template) return null;
  // The same marks as the HTML report and the table image (the likeliest misprint an error, as on the page).
  const cells = markedRows(result)?.rows.flatMap((r) => r.cells) ?? [];
  const marks = new Map(cells.flatMap((c) => (c.mark ? [[`${c.row}|${c.col}`, c.mark] as const] : [])));
  const suspects = new Set(cells.filter((c) => c.suspect).map((c) => `${c.row}|${c.col}`));
  const rows = TEMPLATE_ROWS[template];
  const marked = new Set(rows.filter((row) => COL_KEYS.some((col) => marks.has(`${row}|${col}`))));
  const onlyProblems = marked.size > 0 && !showAll;
  const severityName = { error: t.errors, warning: t.warnings, info: t.infos };
  return (
    <details class="extracted" open>
      <summary>{t.table}</summary>
      <p class="hint">{result.document ? t.tableHintFile : t.tableHint}</p>
      {marked.size > 0 && (
        <label class="only-problems">
          <input type="checkbox" data-action="only-problem-rows" checked={onlyProblems} onChange={(e) => setShowAll(!(e.target as HTMLInputElement).checked)} />{' '}
          {t.onlyProblemRows.replace('{n}', String(marked.size)).replace('{total}', String(rows.length))}
        </label>
      )}
      {/* Focusable: a keyboard user scrolls it when it is wider than the panel. */}
      <div class="scroll" tabIndex={0} role="region" aria-label={t.table}>
        <table data-testid="extracted-table">
          <thead>
            <tr>
              <th scope="col" class="corner">
                {t.tableRowHead}
              </th>
              {COL_KEYS.map((col, i) => (
                <th key={col} scope="col" title={colName(col, lang)} aria-label={colName(col, lang)}>
                  {SHORT_COLS[lang][i]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row} hidden={onlyProblems && !marked.has(row)}>
                <th scope="row" title={rowName(row, lang)}>
                  <span>{rowName(row, lang)}</span>
                </th>
                {COL_KEYS.map((col, i) => {
                  const v = table.rows[row]?.[i];
                  const mark = marks.get(`${row}|${col}`);
                  const blank = v === null || v === undefined;
                  // A blank cell is not a zero: shown as a dash, named 空白 to eye and ear.
                  const text = blank ? t.blankCell : String(v);
                  return (
                    <td
                      key={col}
                      class={mark ? `mark ${mark}${suspects.has(`${row}|${col}`) ? ' suspect' : ''}` : undefined}
                      data-row={row}
                      data-col={col}
                      data-blank={blank ? '' : undefined}
                      title={blank || mark ? [blank ? t.blankCell : '', mark ? severityName[mark] : ''].filter(Boolean).join(' · ') : undefined}
                      aria-label={blank || mark ? [text, mark ? severityName[mark] : ''].filter(Boolean).join(' ') : undefined}
                    >
                      {blank ? '—' : v}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
