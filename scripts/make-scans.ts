/**
 * `node --import tsx scripts/make-scans.ts`: scanned twins of our PDF fixtures, for the OCR's
 * tests and its accuracy bench (scripts/bench/ocr.ts). Each page is rendered at the twin's dpi by
 * pdftoppm, damaged as scans are (ImageMagick: slight rotation, noise, a red seal stamped over
 * the figures with a multiply blend so the digits under it stay dark, a page photographed at an
 * angle), saved as JPEG and assembled by img2pdf: a PDF of images, no text layer. Writes
 * tests/fixtures/pdf/scanned/<name>.pdf and manifest.json (what each is a twin of).
 * Needs poppler-utils, img2pdf and imagemagick (apt-get install -y poppler-utils img2pdf imagemagick).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ROOT } from './paths';

const OUT = join(ROOT, 'tests/fixtures/pdf/scanned');

export interface ScanJob {
  name: string;
  /** The text PDF this is a scan of, under tests/fixtures/pdf. */
  twin: string;
  dpi: number;
  /** Degrees, clockwise. */
  rotate?: number;
  noise?: number;
  seal?: boolean;
  /** Corners pulled in by this fraction of the width at the top: a page photographed at an angle. */
  perspective?: number;
  quality?: number;
  /** Keep colour on every page (else only the sealed page is in colour: grey JPEGs are smaller). */
  color?: boolean;
  /** Expected to be unreadable: OCR must say so (ocr-uncertain), never guess an error. */
  unreadable?: boolean;
}

export const SCANS: ScanJob[] = [
  { name: 'sample-report.scan', twin: 'printed/sample-report.pdf', dpi: 150, rotate: 0.7, noise: 0.15 },
  { name: 'sample-report-split.scan', twin: 'printed/sample-report-split.pdf', dpi: 300, rotate: -0.4, quality: 25 },
  { name: 'pingtan_2019.scan', twin: 'printed/pingtan_2019.pdf', dpi: 150, seal: true, quality: 25 },
  { name: 'pingtan_2023.scan', twin: 'printed/pingtan_2023.pdf', dpi: 150, perspective: 0.004 },
  { name: 'pingtan_gwh_2025.scan', twin: 'printed/pingtan_gwh_2025.pdf', dpi: 150, seal: true, rotate: 0.5 },
  { name: 'shanghai_bgt_2019_decoded.scan', twin: 'printed/shanghai_bgt_2019_decoded.pdf', dpi: 200, noise: 0.15, quality: 30 },
  { name: 'shuyang_fgj_2023.scan', twin: 'printed/shuyang_fgj_2023.pdf', dpi: 150, rotate: -1.2 },
  { name: 'huaian_szf_2024.scan', twin: 'huaian_szf_2024.pdf', dpi: 150, seal: true, noise: 0.15, quality: 30 },
  { name: 'pingtan_2023.unreadable', twin: 'printed/pingtan_2023.pdf', dpi: 60, unreadable: true },
];

/**
 * The page that prints section three's rows (its 国家秘密 row): where the seal goes. Read from the
 * twin's pdftotext -layout fixture (pages split by form feeds): some fixtures' fonts give
 * pdftotext nothing to search without it.
 */
function tablePage(twin: string): number {
  const name = basename(twin, '.pdf');
  const pages = readFileSync(join(ROOT, 'tests/fixtures/pdf/text', `${name}.layout.txt`), 'utf8').split('\f');
  const at = pages.findIndex((p) => p.includes('国家秘密'));
  return at < 0 ? 1 : at + 1;
}

function damage(job: ScanJob, src: string, dst: string, sealed: boolean): void {
  const size = execFileSync('identify', ['-format', '%w %h', src], { encoding: 'utf8' }).split(' ').map(Number);
  const [w, h] = [size[0]!, size[1]!];
  const args: string[] = [src];
  if (sealed) {
    // A red seal, ring and star, where the figures of the table's upper rows are; multiply keeps ink dark.
    const r = Math.round(w * 0.11);
    const cx = Math.round(w * 0.72);
    const cy = Math.round(h * 0.42);
    const star = Array.from({ length: 10 }, (_, i) => {
      const a = (i * Math.PI) / 5 - Math.PI / 2;
      const rr = i % 2 ? r * 0.2 : r * 0.45;
      return `${Math.round(cx + rr * Math.cos(a))},${Math.round(cy + rr * Math.sin(a))}`;
    }).join(' ');
    args.push(
      '(',
      '-size',
      `${w}x${h}`,
      'xc:white',
      '-fill',
      'none',
      '-stroke',
      'rgb(225,40,40)',
      '-strokewidth',
      String(Math.max(3, Math.round(r * 0.07))),
      '-draw',
      `circle ${cx},${cy} ${cx + r},${cy}`,
      '-stroke',
      'none',
      '-fill',
      'rgb(235,70,70)',
      '-draw',
      `polygon ${star}`,
      ')',
      '-compose',
      'multiply',
      '-composite',
    );
  }
  if (job.perspective) {
    const d = Math.round(w * job.perspective);
    args.push('-virtual-pixel', 'white', '-distort', 'Perspective', `0,0 ${d},0  ${w},0 ${w - d},0  0,${h} 0,${h}  ${w},${h} ${w},${h}`);
  }
  if (job.rotate) args.push('-background', 'white', '-rotate', String(job.rotate), '-gravity', 'center', '-extent', `${w}x${h}`);
  if (job.noise) args.push('-attenuate', String(job.noise), '+noise', 'Gaussian');
  if (!sealed && !job.color) args.push('-colorspace', 'Gray');
  args.push('-strip', '-quality', String(job.quality ?? 30), '-seed', '7', dst);
  execFileSync('convert', args);
}

export function makeScan(job: ScanJob, dir: string): string {
  const pdf = join(ROOT, 'tests/fixtures/pdf', job.twin);
  const sealOn = job.seal ? tablePage(job.twin) : -1;
  execFileSync('pdftoppm', ['-r', String(job.dpi), '-png', pdf, join(dir, 'p')]);
  const rendered = readdirSync(dir)
    .filter((f) => f.startsWith('p') && f.endsWith('.png'))
    .sort();
  const jpegs = rendered.map((f, i) => {
    const out = join(dir, `s-${String(i + 1).padStart(3, '0')}.jpg`);
    damage(job, join(dir, f), out, i + 1 === sealOn);
    return out;
  });
  const target = join(OUT, `${job.name}.pdf`);
  // Each page as large as the original's (A4), whatever the dpi: the scan's points match the twin's.
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))!;
  execFileSync('img2pdf', ['--pagesize', `${size[1]}ptx${size[2]}pt`, '-o', target, ...jpegs]);
  return target;
}

/**
 * A PDF partly scanned, as offices publish when they scan only the table they filled in by hand:
 * the text original with its table's pages swapped for the scan's (tests/fixtures/pdf/mixed/).
 */
export const MIXED = { name: 'pingtan_gwh_2025.mixed', text: 'printed/pingtan_gwh_2025.pdf', scan: 'scanned/pingtan_gwh_2025.scan.pdf', scanned: [2, 3] };

export function makeMixed(dir: string): string {
  const from = (file: string, n: number) => {
    const out = join(dir, `${file.replace(/\W/g, '_')}-${n}.pdf`);
    execFileSync('pdfseparate', ['-f', String(n), '-l', String(n), join(ROOT, 'tests/fixtures/pdf', file), out]);
    return out;
  };
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(ROOT, 'tests/fixtures/pdf', MIXED.text)], { encoding: 'utf8' }))![1]);
  const parts = Array.from({ length: pages }, (_, i) => (MIXED.scanned.includes(i + 1) ? from(MIXED.scan, i + 1) : from(MIXED.text, i + 1)));
  const target = join(ROOT, 'tests/fixtures/pdf/mixed', `${MIXED.name}.pdf`);
  mkdirSync(dirname(target), { recursive: true });
  execFileSync('pdfunite', [...parts, target]);
  return target;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv.slice(2);
  const manifest = SCANS.map(({ name, twin, dpi, rotate, noise, seal, perspective, quality, unreadable }) => ({
    file: `${name}.pdf`,
    twin: `tests/fixtures/pdf/${twin}`,
    dpi,
    damage: { rotate, noise, seal, perspective, quality: quality ?? 30 },
    ...(unreadable ? { unreadable } : {}),
  }));
  for (const job of SCANS) {
    if (only.length && !only.includes(job.name)) continue;
    const dir = mkdtempSync(join(tmpdir(), 'gouji-scan-'));
    try {
      const file = makeScan(job, dir);
      console.log(`${job.name}: ${Math.round(statSync(file).size / 1024)} KB`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  if (!only.length || only.includes(MIXED.name)) {
    const dir = mkdtempSync(join(tmpdir(), 'gouji-mixed-'));
    try {
      console.log(`${MIXED.name}: ${Math.round(statSync(makeMixed(dir)).size / 1024)} KB`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
