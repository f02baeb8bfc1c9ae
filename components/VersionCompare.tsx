import type { Lang } from '@/lib/model/finding';
import { ui } from '@/lib/i18n/ui';
import { cellName } from '@/lib/i18n/words';
import type { AuditResult } from '@/lib/model/schema';
import { compareVersions } from '@/lib/report/compare-versions';

/** When a page has the table and its attachment too: do the two print the same figures? */
export function VersionCompare({ page, attachment, lang }: { page: AuditResult; attachment: AuditResult; lang: Lang }) {
  const t = ui(lang);
  const differences = compareVersions(page, attachment);
  if (!differences) return null;
  if (!differences.length) {
    return (
      <p class="versions same" data-testid="versions">
        {t.versionsSame}
      </p>
    );
  }
  const show = differences.slice(0, 30);
  return (
    <section class="versions differ" data-testid="versions">
      <p>{t.versionsDiffer.replace('{n}', String(differences.length))}</p>
      <ul>
        {show.map((d) => (
          <li key={`${d.row}/${d.col}`}>
            {cellName(d, lang)}: {t.versionPage} {d.page ?? '—'}, {t.versionAttachment} {d.attachment ?? '—'}
          </li>
        ))}
        {differences.length > show.length && <li>…</li>}
      </ul>
    </section>
  );
}
