import type { FiguresTable } from '@/lib/format/agency-charts';

/** A chart's figures as the HTML report has them (same data-* names), rendered by Preact. */
export function FiguresTableView({ table: t }: { table: FiguresTable }) {
  return (
    // Focusable: a keyboard user scrolls it when it is wider than the panel.
    <div class="scroll" tabIndex={0} role="region" aria-label={t.caption}>
      <table class={`figures${t.className ? ` ${t.className}` : ''}`} data-figures={t.name}>
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            {t.head.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {t.rows.map((r) => (
            <tr key={r.key} data-row={r.key} class={r.broken ? 'broken' : undefined} {...(r.attrs ?? {})}>
              <th scope="row">{r.cells[0]}</th>
              {r.cells.slice(1).map((c, i) => (
                <td key={i} data-key={t.keys[i]}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
