import { auditDocument } from '@/lib/audit';
import { fetchPage } from '@/lib/batch';
import type { Lang } from '@/lib/model/finding';
import { htmlReport, type ReportItem } from '@/lib/format/html-report';
import { paintTableImage, tableImage } from '@/lib/format/table-image';
import type { AuditResult } from '@/lib/model/schema';
import { download } from './clipboard';
import { parseFetchedPage } from './fetched-page';

/**
 * What 导出报告 and 复制为图片 do, loaded only when one is clicked: the HTML report and the table
 * image are built by the same lib modules as the CLI's, so the panel's file is the CLI's file.
 */

const safe = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_');

export function reportFileName(results: readonly AuditResult[]): string {
  const agencies = [...new Set(results.flatMap((r) => (r.report?.agency ? [r.report.agency] : [])))];
  const years = [...new Set(results.flatMap((r) => (r.report?.year ? [r.report.year] : [])))].sort();
  const base = [agencies.length === 1 ? agencies[0] : '', years.length ? (years.length > 1 ? `${years[0]}-${years[years.length - 1]}` : years[0]) : '']
    .filter(Boolean)
    .join('-');
  return `${safe(base || 'gouji')}-勾稽报告.html`;
}

/** Downloads the HTML report of the given items. */
export function exportReport(items: readonly ReportItem[], lang: Lang): void {
  const results = items.flatMap((i) => ('result' in i ? [i.result] : []));
  download(reportFileName(results), htmlReport(items, { lang, generatedAt: new Date().toISOString() }), 'text/html;charset=utf-8');
}

/**
 * Last year's report of the same agency, audited again from its address (the user asked for a
 * report that holds it); null when it is not known, not a page, or cannot be fetched.
 */
export async function lastYearResult(result: AuditResult): Promise<AuditResult | null> {
  const source = result.report?.previous?.source;
  if (!source || !/^https?:/i.test(source)) return null;
  try {
    const html = await fetchPage(source, { fetch: (input, init) => fetch(input, init), signal: new AbortController().signal, timeoutMs: 20_000 });
    const previous = auditDocument(parseFetchedPage(html, source), { source }).result;
    return previous.detected && previous.tables.applications ? previous : null;
  } catch {
    return null;
  }
}

export interface RenderedImage {
  blob: Blob;
  width: number;
  height: number;
  caption: string[];
}

/** The section-three table drawn on a canvas, as a PNG. */
export async function renderTableImage(result: AuditResult, lang: Lang, url?: string, auditedAt?: string): Promise<RenderedImage> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  const measure = (text: string, font: string) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  const image = tableImage(result, { lang, measure, url, auditedAt });
  if (!image) throw new Error('no table');
  canvas.width = image.width;
  canvas.height = image.height;
  paintTableImage(ctx, image);
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG'))), 'image/png'));
  return { blob, width: image.width, height: image.height, caption: image.caption };
}
