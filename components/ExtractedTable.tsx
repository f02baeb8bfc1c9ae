import type { Finding, Lang } from '@/lib/checks/types';
import { COL_KEYS, TEMPLATE_ROWS, type Template } from '@/lib/model/keys';
import { colName, rowName } from '@/lib/i18n/words';
import { ui } from '@/lib/i18n/ui';
import type { AuditResult } from '@/lib/model/schema';

const RANK = { error: 3, warning: 2, info: 1 } as const;

/** What Gouji read, normalised, with the cells of the findings marked: a misread shows here. */
export function ExtractedTable({ result, lang }: { result: AuditResult; lang: Lang }) {
  const t = ui(lang);
  const table = result.tables.applications;
  const template = result.report?.template as Template | null;
  if (!table || !template) return null;
  const marks = new Map<string, Finding['severity']>();
  for (const f of result.findings) {
    for (const c of f.cells ?? []) {
      const key = `${c.row}|${c.col}`;
      const prev = marks.get(key);
      if (!prev || RANK[f.severity] > RANK[prev]) marks.set(key, f.severity);
    }
  }
  return (
    <details class="extracted" open>
      <summary>{t.table}</summary>
      <p class="hint">{result.document ? t.tableHintFile : t.tableHint}</p>
      <div class="scroll">
        <table data-testid="extracted-table">
          <thead>
            <tr>
              <th />
              {COL_KEYS.map((col) => (
                <th key={col}>{colName(col, lang)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TEMPLATE_ROWS[template].map((row) => (
              <tr key={row}>
                <th scope="row">{rowName(row, lang)}</th>
                {COL_KEYS.map((col, i) => {
                  const v = table.rows[row]?.[i];
                  const mark = marks.get(`${row}|${col}`);
                  return (
                    <td key={col} class={mark ? `mark ${mark}` : undefined} data-row={row} data-col={col}>
                      {v ?? '—'}
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
