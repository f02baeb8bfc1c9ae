import type { Lang } from '../lib/model/finding';
import type { AuditResult } from '../lib/model/schema';
import { line, MESSAGES, type Reason } from './messages';

interface Stream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

/** A progress bar on stderr, drawn only when it is a terminal (never into a log or a pipe). */
export function progressBar(stream: Stream, total: number, lang: Lang): { update(done: number): void; done(): void } {
  const live = Boolean(stream.isTTY) && total > 1;
  const width = 30;
  return {
    update(done) {
      if (!live) return;
      const filled = Math.round((done / total) * width);
      stream.write(`\r${MESSAGES[lang].progress} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    },
    done() {
      if (live) stream.write('\r\x1b[K');
    },
  };
}

type Outcome = { source: string; audit: { result: AuditResult } } | { source: string; reason: Reason };

/** The closing count of a batch. */
export function summaryLine(outcomes: readonly Outcome[], lang: Lang): string {
  let reports = 0;
  let withErrors = 0;
  let notReports = 0;
  let failed = 0;
  let needBrowser = 0;
  for (const o of outcomes) {
    if ('reason' in o) {
      failed++;
      if (o.reason.code === 'not-document' && o.reason.needsBrowser) needBrowser++;
    } else if (!o.audit.result.detected) notReports++;
    else {
      reports++;
      if (o.audit.result.findings.some((f) => f.severity === 'error')) withErrors++;
    }
  }
  return line(MESSAGES[lang].summary({ inputs: outcomes.length, reports, withErrors, notReports, unreadable: failed, needBrowser }), lang);
}
