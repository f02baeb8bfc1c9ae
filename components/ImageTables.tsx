import { useEffect, useState } from 'preact/hooks';
import { ui } from '@/lib/i18n/ui';
import type { Lang } from '@/lib/model/finding';
import type { TableImage } from '@/lib/page/table-images';
import { sendToTab } from '@/lib/protocol';
import type { AttachmentAudit } from './attachment-audit';
import { OcrReader } from './OcrReader';

interface Props {
  /** The report's name and date, as the page gives them. */
  title: string | null;
  published: string | null;
  tabId: number;
  url: string;
  lang: Lang;
  onAudited(audit: AttachmentAudit): void;
}

/**
 * A report page whose table is not in its text (or a page named as a report and nothing else):
 * if it shows pictures, offer to read them by OCR.
 */
export function ImageTables({ title, published, tabId, url, lang, onAudited }: Props) {
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
        run={async (context) => (await import('./image-audit')).auditImages(images, url, { ...context, title, published })}
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
