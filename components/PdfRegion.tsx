import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '@/lib/model/finding';
import type { PdfBox } from '@/lib/pdf/types';
import type { Region } from './evidence-crop';
import type { PdfDocument } from './pdf-document';

interface Props {
  pdf: PdfDocument;
  page: number;
  /** The finding's boxes on this page, outlined. */
  boxes: readonly PdfBox[];
  severity: Finding['severity'];
  scale: number;
  /** The part of the page to draw, from the page's size; the whole page when absent. */
  crop?: (page: { width: number; height: number }) => Region;
  onDrawn?: (region: Region) => void;
  onProblem?: (message: string) => void;
}

const PAD = 2;

/** A region of a PDF page drawn on a canvas, with boxes outlined at the same scale. */
export function PdfRegion({ pdf, page, boxes, severity, scale, crop, onDrawn, onProblem }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [region, setRegion] = useState<Region | null>(null);
  // PDF.js refuses a second render into a canvas still being drawn: each draw waits for the last.
  const drawing = useRef<Promise<unknown>>(Promise.resolve());
  // The crop is a fresh closure each render: redraw on what it depends on, not on its identity.
  const boxesKey = JSON.stringify(boxes);

  useEffect(() => {
    if (!page || !canvas.current || (crop && !boxes.length)) return;
    const stop = new AbortController();
    setRegion(null);
    const draw = drawing.current
      .then(() => import('./pdf-runtime'))
      // Member calls, not destructured names: WXT auto-imports free names from components/,
      // which would put PDF.js in the panel's first chunk.
      .then(async (runtime) => {
        if (stop.signal.aborted) return;
        const size = await runtime.pageSize(pdf, page);
        const drawn = crop ? crop(size) : { x: 0, y: 0, w: size.width, h: size.height };
        await runtime.renderRegion(pdf, page, canvas.current!, drawn, scale, stop.signal);
        if (stop.signal.aborted) return;
        setRegion(drawn);
        onDrawn?.(drawn);
      })
      .catch((error: Error) => !stop.signal.aborted && onProblem?.(error.message));
    drawing.current = draw;
    return () => stop.abort();
  }, [pdf, page, scale, boxesKey]);

  return (
    <div class="pdf-region" data-scale={region ? scale : undefined} data-region={region ? [region.x, region.y, region.w, region.h].join(',') : undefined}>
      <canvas ref={canvas} />
      {region &&
        boxes.map(({ box: [x, y, w, h] }, i) => (
          <span
            key={i}
            class={`evidence-mark ${severity}`}
            data-testid="pdf-mark"
            style={{
              left: `${(x - region.x) * scale - PAD}px`,
              top: `${(y - region.y) * scale - PAD}px`,
              width: `${w * scale + 2 * PAD}px`,
              height: `${h * scale + 2 * PAD}px`,
            }}
          />
        ))}
    </div>
  );
}

/** Scrolls `frame` so that the first box sits in its middle (where the frame is smaller than the region). */
export function centreOn(frame: HTMLElement | null, box: PdfBox | undefined, region: Region, scale: number): void {
  if (!frame || !box) return;
  const [x, y, w, h] = box.box;
  frame.scrollLeft = (x + w / 2 - region.x) * scale - frame.clientWidth / 2;
  frame.scrollTop = (y + h / 2 - region.y) * scale - frame.clientHeight / 2;
}
