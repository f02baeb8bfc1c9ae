import type { AuditResult } from '../model/schema';

/** The SPEC.md §3 object as it is, indented for reading or a download. */
export function formatJson(result: AuditResult): string {
  return JSON.stringify(result, null, 2);
}

/** One line (JSON Lines): JSON.stringify escapes newlines inside strings, so a line is a record. */
export function formatJsonLine(result: AuditResult): string {
  return JSON.stringify(result);
}
