import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/lib/model/finding';
import { reportWords } from '@/lib/i18n/ui-report';
import type { AuditResult } from '@/lib/model/schema';

interface Props {
  result: AuditResult;
  lang: Lang;
  url: string | null;
  auditedAt: string | null;
}

/** 导出报告 (this report, and last year's when known) and 复制为图片 (the table as a PNG). */
export function ReportActions({ result, lang, url, auditedAt }: Props) {
  const w = reportWords(lang);
  const [note, setNote] = useState('');
  const [image, setImage] = useState<{ href: string; name: string; caption: string[]; size: string } | null>(null);
  useEffect(() => () => image && URL.revokeObjectURL(image.href), [image]);
  const exportHtml = async () => {
    try {
      const { exportReport, lastYearResult } = await import('./report-export');
      const previous = await lastYearResult(result);
      exportReport([...(previous ? [{ result: previous }] : []), { result, url: url ?? undefined, auditedAt: auditedAt ?? undefined }], lang);
      setNote(w.exported);
    } catch (error) {
      setNote(`${w.exportFailed}: ${(error as Error).message}`);
    }
  };
  const copyImage = async () => {
    try {
      const { renderTableImage, reportFileName } = await import('./report-export');
      const png = await renderTableImage(result, lang, url ?? undefined, auditedAt ?? undefined);
      setImage({
        href: URL.createObjectURL(png.blob),
        name: reportFileName([result]).replace(/\.html$/, '.png'),
        caption: png.caption,
        size: `${png.width}x${png.height}`,
      });
      try {
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': png.blob })]);
        setNote(w.imageCopied);
      } catch {
        setNote(w.imageCopyFailed);
      }
    } catch (error) {
      setNote(`${w.exportFailed}: ${(error as Error).message}`);
    }
  };
  return (
    <div class="report-actions" data-image-caption={image?.caption.join('\n')} data-image-size={image?.size}>
      <button type="button" data-action="export-report" onClick={() => void exportHtml()}>
        {w.exportReport}
      </button>
      {result.tables.applications && (
        <button type="button" data-action="copy-image" onClick={() => void copyImage()}>
          {w.copyImage}
        </button>
      )}
      {image && (
        <a href={image.href} download={image.name} data-action="save-image">
          {w.saveImage}
        </a>
      )}
      <span class="note" role="status" aria-live="polite">
        {note}
      </span>
    </div>
  );
}
