import { useRef, useState } from 'preact/hooks';
import type { Finding, Lang } from '@/lib/model/finding';
import { ui } from '@/lib/i18n/ui';
import type { PdfBox } from '@/lib/pdf/types';
import { cropAround, readableScale } from './evidence-crop';
import type { PdfDocument } from './pdf-document';
import { centreOn, PdfRegion } from './PdfRegion';
import { PdfZoom } from './PdfZoom';

interface Props {
  pdf: PdfDocument;
  finding: Finding;
  lang: Lang;
}

/** The boxes a finding's cells (or its quoted sentence) were printed in, by page. */
export function evidenceBoxes(finding: Finding): Map<number, PdfBox[]> {
  const out = new Map<number, PdfBox[]>();
  const boxes = [...(finding.cells ?? []).flatMap((cell) => cell.pdf ?? []), ...(finding.pdf ?? [])];
  for (const box of boxes) out.set(box.page, [...(out.get(box.page) ?? []), box]);
  return out;
}

/**
 * The part of the PDF page a finding points at, at a size one can read, its cells outlined;
 * a click (or Enter, Space, 放大) shows the whole page larger.
 */
export function PdfEvidence({ pdf, finding, lang }: Props) {
  const t = ui(lang);
  const pictures = pdf.kind === 'images';
  const pageName = (n: number) => (pictures ? t.picturePage : t.evidencePage).replace('{n}', String(n));
  const pages = evidenceBoxes(finding);
  const pageNumbers = [...pages.keys()].sort((a, b) => a - b);
  // A page chosen for another finding does not carry over: each opens on its first page. (Derived,
  // not reset in an effect: one render with the old page and the new boxes would draw nothing.)
  const [choice, setChoice] = useState<{ finding: Finding; page: number } | null>(null);
  const page = choice?.finding === finding && pages.has(choice.page) ? choice.page : (pageNumbers[0] ?? 0);
  const setPage = (n: number) => setChoice({ finding, page: n });
  const [zoomed, setZoomed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const frame = useRef<HTMLDivElement>(null);

  if (!pageNumbers.length) return null;
  const boxes = pages.get(page) ?? [];
  const scale = readableScale(boxes);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    setZoomed(true);
  };
  return (
    <section class="evidence" data-testid="pdf-evidence" data-page={page}>
      <h3>
        {pictures ? t.pictureTitle : t.evidenceTitle} · {pageName(page)}
        {pageNumbers.length > 1 &&
          pageNumbers.map((n) => (
            <button type="button" class={`link${n === page ? ' current' : ''}`} key={n} aria-pressed={n === page} onClick={() => setPage(n)}>
              {pageName(n)}
            </button>
          ))}
        <button type="button" class="link zoom" data-action="zoom-evidence" aria-haspopup="dialog" onClick={() => setZoomed(true)}>
          {t.evidenceZoom}
        </button>
      </h3>
      <p class="hint">{t.evidenceHint}</p>
      <div
        class="evidence-frame"
        ref={frame}
        role="button"
        tabIndex={0}
        aria-label={t.evidenceZoomHint}
        title={t.evidenceZoomHint}
        onClick={() => setZoomed(true)}
        onKeyDown={onKey}
      >
        <PdfRegion
          pdf={pdf}
          page={page}
          boxes={boxes}
          severity={finding.severity}
          scale={scale}
          crop={(size) => cropAround(boxes, size, frame.current?.clientWidth || 320, scale)}
          onDrawn={(region) => centreOn(frame.current, boxes[0], region, scale)}
          onProblem={setProblem}
        />
      </div>
      {problem && <p class="status error">{problem}</p>}
      {zoomed && (
        <PdfZoom
          pdf={pdf}
          page={page}
          boxes={boxes}
          severity={finding.severity}
          scale={readableScale(boxes, 1.4)}
          lang={lang}
          onClose={() => setZoomed(false)}
        />
      )}
    </section>
  );
}
