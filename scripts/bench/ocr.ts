/**
 * The OCR's accuracy and speed on the scanned twins of our PDF fixtures
 * (tests/fixtures/pdf/scanned/, made by scripts/make-scans.ts): each scan is read by OCR in Node
 * and audited, and compared with its text original's audit. `npm run bench` runs it as its OCR
 * section; alone: `node --import tsx scripts/bench/ocr.ts [name…]`.
 *
 * - cells: section three's 175 (or 161) figures and section four's 15, right of all;
 * - confident misreads: figures read wrong with at least OCR_SURE confidence (the trust failure:
 *   they would be built into errors);
 * - findings: the original's findings found again, and the scan's findings the original lacks
 *   (ocr-uncertain aside, which only a scan can have);
 * - seconds per page, OCR alone, this machine, one thread of WebAssembly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../cli/lite-dom';
import { ocrEngine, pdfScanImages } from '../../cli/ocr';
import { pdfPages } from '../../cli/pdf-pages';
import { auditOcr } from '../../lib/ocr/audit-ocr';
import { ocrPages } from '../../lib/ocr/ocr-pages';
import { auditPdf } from '../../lib/pdf/audit-pdf';
import type { RowKey } from '../../lib/model/keys';
import { OCR_SURE } from '../../lib/report/identities';
import { comparableFindings } from '../../tests/pdf/twins';
import { ROOT } from '../paths';

const DIR = join(ROOT, 'tests/fixtures/pdf/scanned');

export interface OcrBenchRow {
  name: string;
  pages: number;
  cells: number;
  right: number;
  confidentMisreads: number;
  doubtful: number;
  findings: number;
  findingsFound: number;
  extraFindings: number;
  /** Errors the scan reports that the original does not: must be 0. */
  falseErrors: number;
  ocrUncertain: number;
  sameRowsAndFindings: boolean;
  secondsPerPage: number;
  unreadable: boolean;
  /** Figures OCR read, right and wrong, by confidence band (BANDS): how far the confidence can be trusted. */
  calibration: { right: number[]; wrong: number[] };
}

/** Lower edges of the confidence bands the calibration counts readings in. */
export const BANDS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
const band = (c: number) => BANDS.findLastIndex((edge) => c >= edge);

interface Entry {
  file: string;
  twin: string;
  unreadable?: boolean;
}

export async function ocrBench(only: string[] = [], diff = false): Promise<OcrBenchRow[]> {
  const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Entry[];
  const engine = await ocrEngine();
  const rows: OcrBenchRow[] = [];
  for (const entry of manifest) {
    const name = entry.file.replace(/\.pdf$/, '');
    if (only.length && !only.includes(name)) continue;
    const original = auditPdf(await pdfPages(new Uint8Array(readFileSync(join(ROOT, entry.twin)))), parseDocument, { source: entry.twin });
    const images = (await pdfScanImages(new Uint8Array(readFileSync(join(DIR, entry.file))))).filter((i) => i !== null);
    const t0 = performance.now();
    const doc = await ocrPages(images, engine);
    const seconds = (performance.now() - t0) / 1000;
    const scan = auditOcr(doc, parseDocument, { source: entry.file });
    let cells = 0;
    let right = 0;
    let confident = 0;
    let doubtful = 0;
    const calibration = { right: BANDS.map(() => 0), wrong: BANDS.map(() => 0) };
    const want = original.applications;
    for (const [row, values] of Object.entries(want?.rows ?? {})) {
      values!.forEach((v, i) => {
        cells++;
        const got = scan.applications?.cells[row as RowKey]?.[i];
        const value = scan.result.tables.applications?.rows[row as RowKey]?.[i];
        // Not read at all (no table, no such row) is a miss, never a confident misread.
        const read = got !== undefined && got.status !== 'missing';
        const sure = read && (got.read !== 'ocr' || (got.confidence ?? 0) >= OCR_SURE);
        if (read && !sure) doubtful++;
        const isRight = value === v && got?.status === want!.cells[row as RowKey]?.[i]?.status;
        if (read && got.read === 'ocr') calibration[isRight ? 'right' : 'wrong'][band(got.confidence ?? 0)]!++;
        if (isRight) right++;
        else {
          if (sure) confident++;
          if (diff) console.log(`  ${name} ${row}[${i}]: ${v} read as ${value ?? 'blank'} (${got?.raw ?? ''}, ${got?.confidence?.toFixed(2) ?? '-'})`);
        }
      });
    }
    const reviewWant = original.result.tables.reviewLitigation?.values ?? [];
    const reviewGot = scan.result.tables.reviewLitigation?.values ?? [];
    reviewWant.forEach((v, i) => {
      cells++;
      if (reviewGot[i] === v) right++;
    });
    const a = comparableFindings(original.result.findings).map((f) => JSON.stringify(f));
    const b = comparableFindings(scan.result.findings.filter((f) => f.check !== 'ocr-uncertain')).map((f) => JSON.stringify(f));
    const found = a.filter((f) => b.includes(f)).length;
    const extra = b.filter((f) => !a.includes(f));
    if (diff) {
      for (const f of a.filter((f) => !b.includes(f))) console.log(`  ${name} missed: ${f}`);
      for (const f of extra) console.log(`  ${name} extra: ${f}`);
    }
    rows.push({
      name,
      pages: images.length,
      cells,
      right,
      confidentMisreads: confident,
      doubtful,
      findings: a.length,
      findingsFound: found,
      extraFindings: extra.length,
      falseErrors: extra.filter((f) => JSON.parse(f).severity === 'error').length,
      ocrUncertain: scan.result.findings.filter((f) => f.check === 'ocr-uncertain').length,
      sameRowsAndFindings:
        JSON.stringify(scan.result.tables.applications?.rows ?? null) === JSON.stringify(original.result.tables.applications?.rows ?? null) &&
        found === a.length &&
        extra.length === 0,
      secondsPerPage: Math.round((seconds / images.length) * 10) / 10,
      unreadable: Boolean(entry.unreadable),
      calibration,
    });
  }
  return rows;
}

export function printOcrBench(rows: readonly OcrBenchRow[]): void {
  const line = (cells: (string | number)[]) => console.log(cells.map(String).join('\t'));
  console.log(`\nOCR of the scanned twins, in Node (tests/fixtures/pdf/scanned/; sure = confidence ≥ ${OCR_SURE})`);
  line(['scan', 'pages', 'cells right', 'confident misreads', 'doubtful', 'findings found', 'extra', 'false errors', 'ocr-uncertain', 'same', 's/page']);
  for (const r of rows) {
    line([
      r.name,
      r.pages,
      `${r.right}/${r.cells}`,
      r.confidentMisreads,
      r.doubtful,
      `${r.findingsFound}/${r.findings}`,
      r.extraFindings,
      r.falseErrors,
      r.ocrUncertain,
      r.sameRowsAndFindings ? 'yes' : 'no',
      r.secondsPerPage,
    ]);
  }
  const twins = rows.filter((r) => !r.unreadable);
  const sum = (f: (r: OcrBenchRow) => number) => twins.reduce((s, r) => s + f(r), 0);
  const pages = rows.reduce((s, r) => s + r.pages, 0);
  const secs = rows.reduce((s, r) => s + r.secondsPerPage * r.pages, 0);
  const bandsOf = (key: 'right' | 'wrong') => BANDS.map((_, i) => sum((r) => r.calibration[key][i]!));
  const [good, bad] = [bandsOf('right'), bandsOf('wrong')];
  console.log(`Figures read, right/wrong by confidence (twins): ${BANDS.map((edge, i) => `≥${edge}: ${good[i]}/${bad[i]}`).join(', ')}`);
  console.log(
    `Twins: cells ${sum((r) => r.right)}/${sum((r) => r.cells)}, confident misreads ${sum((r) => r.confidentMisreads)}, findings ${sum((r) => r.findingsFound)}/${sum((r) => r.findings)} (+${sum((r) => r.extraFindings)} extra, ${sum((r) => r.falseErrors)} false errors), same rows and findings ${twins.filter((r) => r.sameRowsAndFindings).length}/${twins.length}; ${Math.round((secs / pages) * 10) / 10} s/page`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const rows = await ocrBench(
    args.filter((a) => !a.startsWith('--')),
    args.includes('--diff'),
  );
  printOcrBench(rows);
  console.log(JSON.stringify({ ocr: rows }));
}
