import type { Finding, Lang } from '@/lib/model/finding';
import { cellName } from '@/lib/i18n/words';
import { ui } from '@/lib/i18n/ui';
import type { Region } from './evidence-crop';
import type { PdfDocument } from './pdf-document';
import { PdfRegion } from './PdfRegion';
import { confidencePercent, OCR_SURE } from '@/lib/report/identities';

interface Props {
  pdf: PdfDocument;
  finding: Finding;
  lang: Lang;
}

/** Cells this tall on screen: a figure one can read at a glance. */
const CROP_PX = 26;
// Room around the cell: its box may sit a point or two off on a straightened (rotated) scan.
const PAD_PT = 4;

/**
 * For each cell of the finding that OCR read: the crop of the scan it was read from, beside the
 * value read and how sure the reading is — the reader confirms by eye without opening the page.
 */
export function OcrCrops({ pdf, finding, lang }: Props) {
  const t = ui(lang);
  const cells = (finding.cells ?? []).filter((c) => c.read === 'ocr' && c.pdf?.length);
  if (!cells.length) return null;
  return (
    <ul class="ocr-crops" data-testid="ocr-crops">
      {cells.map((cell) => {
        const box = cell.pdf![0]!;
        const [x, y, w, h] = box.box;
        const region: Region = { x: Math.max(0, x - PAD_PT), y: Math.max(0, y - PAD_PT), w: w + 2 * PAD_PT, h: h + 2 * PAD_PT };
        const scale = Math.min(4, CROP_PX / region.h);
        const sure = cell.confidence ?? 0;
        return (
          <li key={`${cell.row}/${cell.col}`} class={sure < OCR_SURE ? 'unsure' : ''} data-confidence={sure}>
            <span class="crop" title={cellName(cell, lang)}>
              <PdfRegion pdf={pdf} page={box.page} boxes={[box]} severity={finding.severity} scale={scale} crop={() => region} />
            </span>
            <span class="text">
              <span class="read">
                {t.ocrRead.replace('{value}', cell.raw?.trim() || t.ocrBlank)} · {t.ocrConfidence.replace('{pct}', String(confidencePercent(sure)))}
              </span>
              <span class="where">{cellName(cell, lang)}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
