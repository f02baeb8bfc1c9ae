import type { Lang } from '../lib/checks/types';
import type { AuditResult } from '../lib/model/schema';

interface Stream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

/** A progress bar on stderr, drawn only when it is a terminal (never into a log or a pipe). */
export function progressBar(stream: Stream, total: number): { update(done: number): void; done(): void } {
  const live = Boolean(stream.isTTY) && total > 1;
  const width = 30;
  return {
    update(done) {
      if (!live) return;
      const filled = Math.round((done / total) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    },
    done() {
      if (live) stream.write('\r\x1b[K');
    },
  };
}

type Outcome = { source: string; audit: { result: AuditResult } } | { source: string; error: string };

/** The closing count of a batch. */
export function summaryLine(outcomes: readonly Outcome[], lang: Lang): string {
  let reports = 0;
  let withErrors = 0;
  let notReports = 0;
  let failed = 0;
  for (const o of outcomes) {
    if ('error' in o) failed++;
    else if (!o.audit.result.detected) notReports++;
    else {
      reports++;
      if (o.audit.result.findings.some((f) => f.severity === 'error')) withErrors++;
    }
  }
  return lang === 'en'
    ? `gouji: ${outcomes.length} inputs — ${reports} reports (${withErrors} with errors), ${notReports} not reports, ${failed} unreadable`
    : `gouji：共 ${outcomes.length} 项 — 年报 ${reports} 份（其中 ${withErrors} 份有错误），非年报 ${notReports} 项，无法读取 ${failed} 项`;
}
