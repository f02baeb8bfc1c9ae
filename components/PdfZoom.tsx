import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Lang } from '@/lib/model/finding';
import { ui } from '@/lib/i18n/ui';
import type { PdfBox } from '@/lib/pdf/types';
import type { PdfDocument } from './pdf-document';
import { centreOn, PdfRegion } from './PdfRegion';

interface Props {
  pdf: PdfDocument;
  page: number;
  boxes: readonly PdfBox[];
  severity: Finding['severity'];
  scale: number;
  lang: Lang;
  onClose(): void;
}

/** The whole PDF page, larger, in a modal dialog over the panel: Esc or 关闭 returns to the panel. */
export function PdfZoom({ pdf, page, boxes, severity, scale, lang, onClose }: Props) {
  const t = ui(lang);
  const dialog = useRef<HTMLDialogElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const title = (pdf.kind === 'images' ? t.pictureZoomTitle : t.evidenceZoomTitle).replace('{n}', String(page));

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    // Modal: the rest of the panel is inert, focus stays inside, Esc closes (the dialog's own behaviour).
    dialog.current?.showModal();
    return () => opener?.focus();
  }, []);

  return (
    <dialog ref={dialog} class="evidence-zoom" data-testid="pdf-zoom" aria-label={title} onClose={onClose}>
      <div class="zoom-bar">
        <h3>{title}</h3>
        <button type="button" data-action="close-zoom" onClick={() => dialog.current?.close()}>
          {t.evidenceClose}
        </button>
      </div>
      <div class="zoom-frame" ref={frame} tabIndex={0} role="region" aria-label={title}>
        <PdfRegion
          pdf={pdf}
          page={page}
          boxes={boxes}
          severity={severity}
          scale={scale}
          onDrawn={(region) => centreOn(frame.current, boxes[0], region, scale)}
          onProblem={setProblem}
        />
      </div>
      {problem && <p class="status error">{problem}</p>}
    </dialog>
  );
}
