import type { Finding, Lang } from '../model/finding';
import type { AuditResult } from '../model/schema';

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

/** Whether the standard table was read, and if not, why (the verdict must say which). */
export type TableState = 'read' | 'attachment' | 'pre-2019' | 'not-found' | 'not-report';

export function tableState(result: Pick<AuditResult, 'detected' | 'tables' | 'findings' | 'attachments'>): TableState {
  if (!result.detected) return 'not-report';
  if (result.tables.applications) return 'read';
  if (result.findings.some((f) => f.check === 'pre-2019-format')) return 'pre-2019';
  return (result.attachments?.length ?? 0) > 0 ? 'attachment' : 'not-found';
}

/**
 * What every surface (badge, pill, panel, copies, CLI) says at a glance. `holds` — the green ✓,
 * 勾稽关系全部成立 — only when the standard table was read, every identity holds, nothing is
 * left to look at and nothing was set aside (SPEC.md §4).
 */
export type VerdictKind = 'errors' | 'warnings' | 'holds' | 'set-aside' | 'unchecked' | 'not-report';

export interface Verdict {
  kind: VerdictKind;
  /** Of the findings still shown. */
  counts: Counts;
  /** Findings the user dismissed on this page. */
  dismissed: number;
  state: TableState;
}

/** The verdict over the findings shown (all of them unless some were dismissed). */
export function verdictOf(
  result: Pick<AuditResult, 'detected' | 'tables' | 'findings' | 'attachments'>,
  shown: readonly Pick<Finding, 'severity' | 'check'>[] = result.findings,
  dismissed = 0,
): Verdict {
  const state = tableState(result);
  // The finding that says why the table was not read is the verdict itself, not one more warning.
  const counts = countFindings(state === 'read' ? shown : shown.filter((f) => f.check !== 'table-not-found' && f.check !== 'pre-2019-format'));
  const kind: VerdictKind =
    state === 'not-report'
      ? 'not-report'
      : counts.error
        ? 'errors'
        : state !== 'read'
          ? 'unchecked'
          : counts.warning
            ? 'warnings'
            : dismissed
              ? 'set-aside'
              : 'holds';
  return { kind, counts, dismissed, state };
}

const UNCHECKED: Record<Exclude<TableState, 'read' | 'not-report'>, Record<Lang, string>> = {
  attachment: { 'zh-CN': '未读到第三部分表格：年报在附件中', en: 'Section three not read: the report is in an attachment' },
  'pre-2019': { 'zh-CN': '2019 年以前的旧格式，无标准表格可核对', en: 'Pre-2019 format: no standard table to check' },
  'not-found': { 'zh-CN': '未找到第三部分表格，未核对', en: 'Section-three table not found: nothing checked' },
};

/** 3 处错误 · 1 处警告（另有 1 处已忽略） — or 勾稽关系全部成立 when, and only when, it does. */
export function verdictLine(v: Verdict, lang: Lang): string {
  const en = lang === 'en';
  const { counts, dismissed } = v;
  const aside = dismissed ? (en ? ` (${dismissed} set aside)` : `（另有 ${dismissed} 处已忽略）`) : '';
  switch (v.kind) {
    case 'not-report':
      return en ? 'Not a report' : '不是年报';
    case 'holds':
      return en ? 'Every identity holds' : '勾稽关系全部成立';
    case 'set-aside':
      return en ? `Nothing else found${aside}` : `未发现其他问题${aside}`;
    case 'unchecked':
      return (
        UNCHECKED[v.state as keyof typeof UNCHECKED][lang] +
        (counts.warning ? (en ? ` · ${plural(counts.warning, 'warning')}` : ` · ${counts.warning} 处警告`) : '') +
        aside
      );
    default: {
      const parts = en
        ? [counts.error && plural(counts.error, 'error'), counts.warning && plural(counts.warning, 'warning'), counts.info && plural(counts.info, 'note')]
        : [counts.error && `${counts.error} 处错误`, counts.warning && `${counts.warning} 处警告`, counts.info && `${counts.info} 处提示`];
      return parts.filter(Boolean).join(' · ') + aside;
    }
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/** The toolbar badge of SPEC.md §4; null for a page that is not a report (no badge at all). */
export interface Badge {
  text: string;
  color: string;
  /** The button's tooltip: the verdict in words, for a screen reader and a hover. */
  title: string;
}

export const BADGE_COLORS = { error: '#c62828', warning: '#e65100', ok: '#2e7d32', grey: '#616161' } as const;

export function badgeOf(v: Verdict, lang: Lang): Badge | null {
  const title = `${lang === 'en' ? 'Gouji' : '勾稽'}${lang === 'en' ? ': ' : '：'}${verdictLine(v, lang)}`;
  switch (v.kind) {
    case 'not-report':
      return null;
    case 'errors':
      return { text: String(v.counts.error), color: BADGE_COLORS.error, title };
    case 'warnings':
      return { text: '!', color: BADGE_COLORS.warning, title };
    case 'holds':
      return { text: '✓', color: BADGE_COLORS.ok, title };
    // Checked, but some findings were set aside: no green, and the title says how many.
    case 'set-aside':
      return { text: '✓', color: BADGE_COLORS.grey, title };
    default:
      return { text: '?', color: BADGE_COLORS.grey, title };
  }
}
