import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Lang } from '@/lib/checks/types';
import { ui } from '@/lib/i18n/ui';
import type { PdfBox } from '@/lib/pdf/types';
import type { PdfDocument } from './pdf-document';

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

const PAD = 2;

/** The PDF page a finding points at, drawn in the panel with its cells outlined. */
export function PdfEvidence({ pdf, finding, lang }: Props) {
  const t = ui(lang);
  const pages = evidenceBoxes(finding);
  const pageNumbers = [...pages.keys()].sort((a, b) => a - b);
  const [page, setPage] = useState(pageNumbers[0] ?? 0);
  const [scale, setScale] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);

  useEffect(() => setPage(pageNumbers[0] ?? 0), [finding]);

  useEffect(() => {
    if (!page || !canvas.current || !frame.current) return;
    let live = true;
    setScale(0);
    import('./pdf-runtime')
      // A member call, not a destructured name: WXT auto-imports free names from components/,
      // which would put PDF.js in the panel's first chunk.
      .then((runtime) => runtime.renderPage(pdf, page, canvas.current!, frame.current!.clientWidth || 320))
      .then((s) => live && setScale(s))
      .catch((error: Error) => live && setProblem(error.message));
    return () => {
      live = false;
    };
  }, [pdf, page]);

  if (!pageNumbers.length) return null;
  return (
    <section class="evidence" data-testid="pdf-evidence" data-page={page}>
      <h3>
        {t.evidenceTitle} · {t.evidencePage.replace('{n}', String(page))}
        {pageNumbers.length > 1 &&
          pageNumbers.map((n) => (
            <button type="button" class={`link${n === page ? ' current' : ''}`} key={n} onClick={() => setPage(n)}>
              {t.evidencePage.replace('{n}', String(n))}
            </button>
          ))}
      </h3>
      <p class="hint">{t.evidenceHint}</p>
      <div class="evidence-frame" ref={frame}>
        <canvas ref={canvas} />
        {scale > 0 &&
          (pages.get(page) ?? []).map(({ box: [x, y, w, h] }, i) => (
            <span
              key={i}
              class={`evidence-mark ${finding.severity}`}
              data-testid="pdf-mark"
              style={{ left: `${x * scale - PAD}px`, top: `${y * scale - PAD}px`, width: `${w * scale + 2 * PAD}px`, height: `${h * scale + 2 * PAD}px` }}
            />
          ))}
      </div>
      {problem && <p class="status error">{problem}</p>}
    </section>
  );
}
