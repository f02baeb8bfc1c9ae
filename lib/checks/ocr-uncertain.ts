import { COL_KEYS, TEMPLATE_ROWS } from '../model/keys';
import { cellName } from '../i18n/words';
import { confidencePercent, doubtful, holds, tableIdentities, uncertain, type Identity } from '../report/identities';
import { defineCheck, type Draft } from './define';
import { withRead } from './families/with-read';
import type { CheckInput } from './types';

type Failing = { check: Identity['check']; at: Identity['at'] };
export type OcrUncertainData = {
  /** 0–1, as the cell carries it. */
  confidence: number;
  /** The identities through the cell that fail: reported here instead of as errors. */
  failing: Failing[];
};

/**
 * One warning per cell of section three that OCR read with little confidence, naming the
 * identities through it that fail: those are not reported as errors, since the reading and not
 * the report may be what is wrong (lib/report/identities.ts `uncertain`).
 */
function uncertainCells(input: CheckInput): Draft<OcrUncertainData>[] {
  const table = input.applications;
  if (!table) return [];
  const failing = tableIdentities(table).filter((id) => uncertain(table, id) && !holds(table, id));
  const out: Draft<OcrUncertainData>[] = [];
  for (const row of TEMPLATE_ROWS[table.template]) {
    (table.cells[row] ?? []).forEach((c, i) => {
      if (!doubtful(c)) return;
      const col = COL_KEYS[i]!;
      const through = failing.filter((id) => [...id.left, ...id.right].some((k) => k.row === row && k.col === col));
      out.push({
        at: { row, col },
        actual: c.value,
        cells: [withRead({ row, col, ref: c.ref, raw: c.raw || undefined }, c)],
        data: { confidence: c.confidence ?? 0, failing: through.map((id) => ({ check: id.check, at: id.at })) },
      });
    });
  }
  return out;
}

const pct = (n: number) => `${confidencePercent(n)}%`;

export default defineCheck({
  id: 'ocr-uncertain',
  severity: 'warning',
  name: { 'zh-CN': '识别存疑', en: 'Uncertain OCR reading' },
  describes: {
    'zh-CN': '扫描件中 OCR 没有把握读准的单元格；经过它不成立的勾稽关系只作提示，不报为错误',
    en: 'Cells of a scan that OCR could not read with confidence; identities that fail through them are flagged, not reported as errors',
  },
  run: uncertainCells,
  messages: {
    default: {
      'zh-CN': (f) => {
        const c = f.cells?.[0];
        const read = c?.raw ? `“${c.raw}”` : '空白';
        const fails = f.data.failing.length ? `；经过此格的 ${f.data.failing.length} 处勾稽关系不成立，可能是识别有误，请对照原件` : '';
        return `OCR 识别存疑：${c ? cellName(c, 'zh-CN') : ''} 读作 ${read}（把握 ${pct(f.data.confidence)}）${fails}`;
      },
      en: (f) => {
        const c = f.cells?.[0];
        const read = c?.raw ? `“${c.raw}”` : 'blank';
        const fails = f.data.failing.length
          ? `; ${f.data.failing.length} ${f.data.failing.length > 1 ? 'identities' : 'identity'} through it fail, possibly a misreading: check the original`
          : '';
        return `Uncertain OCR reading: ${c ? cellName(c, 'en') : ''} read as ${read} (confidence ${pct(f.data.confidence)})${fails}`;
      },
    },
  },
});
