import type { Finding, Lang } from '../checks/types';

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export function countFindings(findings: readonly Pick<Finding, 'severity'>[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** 勾稽：3 处错误 · 1 处提示 — or 勾稽关系全部成立 when nothing is wrong. */
export function verdictLine(counts: Counts, lang: Lang, checked = true): string {
  if (!checked && counts.error === 0) return lang === 'en' ? 'No standard table to check' : '无标准表格可核对';
  if (lang === 'en') {
    if (counts.error === 0 && counts.warning === 0) return 'Every identity holds';
    const parts = [];
    if (counts.error) parts.push(`${counts.error} error${counts.error > 1 ? 's' : ''}`);
    if (counts.warning) parts.push(`${counts.warning} warning${counts.warning > 1 ? 's' : ''}`);
    if (counts.info) parts.push(`${counts.info} note${counts.info > 1 ? 's' : ''}`);
    return parts.join(' · ');
  }
  if (counts.error === 0 && counts.warning === 0) return '勾稽关系全部成立';
  const parts = [];
  if (counts.error) parts.push(`${counts.error} 处错误`);
  if (counts.warning) parts.push(`${counts.warning} 处警告`);
  if (counts.info) parts.push(`${counts.info} 处提示`);
  return parts.join(' · ');
}
