import type { AuditResult } from '../../lib/model/schema';

/**
 * What must agree between a report and its PDF or Word twin: the reading and every finding's
 * substance. Grid refs differ by nature (the twin's table is rebuilt), and so does the source.
 */
export function comparable(result: AuditResult) {
  return {
    detected: result.detected,
    year: result.report?.year ?? null,
    template: result.report?.template ?? null,
    agency: result.report?.agency ?? null,
    rows: result.tables.applications?.rows ?? null,
    review: result.tables.reviewLitigation?.values ?? null,
    findings: comparableFindings(result.findings),
  };
}

/** Findings by their substance (cells by name, not by grid ref), in a stable order. */
export function comparableFindings(findings: AuditResult['findings']) {
  return findings
    .map((f) => ({
      check: f.check,
      severity: f.severity,
      at: f.at,
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      cells: (f.cells ?? []).map((c) => `${c.row}/${c.col}`).sort(),
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
