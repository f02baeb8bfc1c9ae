import { useEffect, useState } from 'preact/hooks';
import { ui } from '@/lib/i18n/ui';
import type { Lang } from '@/lib/model/finding';
import type { AuditResult } from '@/lib/model/schema';
import type { TableImage } from '@/lib/page/table-images';
import { sendToTab } from '@/lib/protocol';
import type { AttachmentAudit } from './attachment-audit';
import { OcrReader } from './OcrReader';

interface Props {
  result: AuditResult;
  tabId: number;
  url: string;
  lang: Lang;
  onAudited(audit: AttachmentAudit): void;
}

/** A report page whose table is not in its text: if it shows images, offer to read them by OCR. */
export function ImageTables({ result, tabId, url, lang, onAudited }: Props) {
  const t = ui(lang);
  const [images, setImages] = useState<TableImage[]>([]);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    let live = true;
    sendToTab(browser.tabs, tabId, 'gouji/images', {})
      .then((reply: unknown) => {
        // What a page answers is checked, not trusted: addresses as strings, a bounded list.
        const list = (reply as { images?: unknown } | undefined)?.images;
        const valid = Array.isArray(list) ? list.filter((i): i is TableImage => typeof i?.src === 'string' && typeof i?.alt === 'string') : [];
        if (live) setImages(valid.slice(0, 20));
      })
      .catch(() => live && setImages([]));
    return () => {
      live = false;
    };
  }, [tabId, url]);
  if (!images.length) return null;
  return (
    <section class="attachments prominent image-tables" data-testid="image-tables">
      <h3>{t.imageTablesTitle}</h3>
      <p class="hint">{t.imageTablesHint.replace('{n}', String(images.length))}</p>
      <OcrReader
        run={async (context) =>
          (await import('./image-audit')).auditImages(images, url, {
            ...context,
            title: result.report?.title ?? null,
            published: result.report?.published ?? null,
          })
        }
        lang={lang}
        onAudited={onAudited}
        onProblem={setProblem}
      />
      {problem && (
        <p class="status error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
