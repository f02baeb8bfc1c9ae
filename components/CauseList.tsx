import type { Lang } from '@/lib/model/finding';
import { causeUi } from '@/lib/i18n/ui-causes';
import { ui } from '@/lib/i18n/ui';
import { labelledNumbers } from '@/lib/format/numbers';
import type { AuditCause } from '@/lib/model/schema';

interface Props {
  causes: (AuditCause & { message: string })[];
  lang: Lang;
  onLocate?: (refs: { t: number; r: number; c: number }[]) => void;
}

/** The causes, before the findings they explain: what to fix first. */
export function CauseList({ causes, lang, onLocate }: Props) {
  if (!causes.length) return null;
  const t = causeUi(lang);
  const u = ui(lang);
  return (
    <section class="causes" data-testid="causes" aria-labelledby="gouji-causes-title">
      <h3 id="gouji-causes-title">
        {t.causes} <span class="count">{causes.length}</span>
      </h3>
      <ol>
        {causes.map((c, i) => {
          const refs = c.cells.flatMap((cell) => (cell.ref ? [cell.ref] : []));
          const nums =
            c.kind === 'suspect-cell'
              ? labelledNumbers({ check: 'suspect-cell', severity: 'error', at: {}, expected: c.expected, actual: c.actual }, lang)
              : '';
          return (
            <li key={i} class={`cause ${c.kind}`} data-kind={c.kind} data-testid={i === 0 && c.kind === 'suspect-cell' ? 'lead-suspect' : undefined}>
              <p class="message">{c.message}</p>
              {nums && <p class="nums">{nums}</p>}
              {onLocate && refs.length > 0 && (
                <p class="actions">
                  <button type="button" onClick={() => onLocate(refs)}>
                    {u.locate}
                  </button>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
