import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeOf, verdictLine, verdictOf } from '../../lib/format/verdict';
import { beijingTime } from '../../lib/format/when';
import { labelledNumbers } from '../../lib/format/numbers';
import type { AuditResult } from '../../lib/model/schema';

const base: AuditResult = {
  schema: 'gouji.audit/1',
  source: 's',
  detected: true,
  report: null,
  tables: { applications: { rows: {} }, reviewLitigation: null },
  findings: [],
};
const f = (severity: 'error' | 'warning' | 'info', check = 'x') => ({ check, severity, at: {} });

describe('the verdict and the badge (SPEC.md §4)', () => {
  it('gives green ✓ only when the table was read, nothing is left and nothing was set aside', () => {
    const holds = verdictOf(base);
    expect(holds.kind).toBe('holds');
    expect(badgeOf(holds, 'zh-CN')).toMatchObject({ text: '✓', color: BADGE_COLORS.ok });
    expect(verdictLine(holds, 'zh-CN')).toBe('勾稽关系全部成立');
  });

  it('red count for errors, orange mark for warnings alone', () => {
    expect(badgeOf(verdictOf({ ...base, findings: [f('error'), f('error'), f('warning')] }), 'zh-CN')).toMatchObject({ text: '2', color: BADGE_COLORS.error });
    const warned = verdictOf({ ...base, findings: [f('warning')] });
    expect(badgeOf(warned, 'zh-CN')).toMatchObject({ text: '!', color: BADGE_COLORS.warning });
    expect(verdictLine(warned, 'zh-CN')).toBe('1 处警告');
  });

  it('grey, never green, for a report whose table was not read: attachment, pre-2019, not found', () => {
    const unread = { ...base, tables: { applications: null, reviewLitigation: null } };
    const attachment = verdictOf({ ...unread, findings: [f('warning', 'table-not-found')], attachments: [{ href: 'a.pdf', text: 'a' }] });
    expect(attachment.state).toBe('attachment');
    expect(badgeOf(attachment, 'zh-CN')).toMatchObject({ text: '?', color: BADGE_COLORS.grey });
    expect(verdictLine(attachment, 'zh-CN')).toBe('未读到第三部分表格：年报在附件中');
    const old = verdictOf({ ...unread, findings: [f('info', 'pre-2019-format')] });
    expect(badgeOf(old, 'en')).toMatchObject({ text: '?', color: BADGE_COLORS.grey });
    expect(verdictLine(old, 'en')).toBe('Pre-2019 format: no standard table to check');
    expect(verdictLine(verdictOf({ ...unread, findings: [f('warning', 'table-not-found')] }), 'zh-CN')).toBe('未找到第三部分表格，未核对');
  });

  it('says how many were set aside, and is not green then', () => {
    const aside = verdictOf(base, [], 1);
    expect(aside.kind).toBe('set-aside');
    expect(verdictLine(aside, 'zh-CN')).toBe('未发现其他问题（另有 1 处已忽略）');
    expect(badgeOf(aside, 'zh-CN')!.color).not.toBe(BADGE_COLORS.ok);
    expect(verdictLine(verdictOf({ ...base, findings: [f('error')] }, [f('error')], 2), 'zh-CN')).toBe('1 处错误（另有 2 处已忽略）');
  });

  it('shows nothing on a page that is not a report', () => {
    expect(badgeOf(verdictOf({ ...base, detected: false }), 'zh-CN')).toBeNull();
  });
});

describe('numbers and times as people read them', () => {
  it('writes Beijing time the Chinese way, whatever the zone of the machine', () => {
    expect(beijingTime('2026-12-07T15:24:59.999Z', 'zh-CN')).toBe('2026年12月7日 23:24（北京时间）');
    expect(beijingTime('2026-12-31T16:05:00Z', 'zh-CN')).toBe('2027年1月1日 00:05（北京时间）');
    expect(beijingTime('2026-12-07T15:24:00Z', 'en')).toBe('7 Dec 2026, 23:24 Beijing time');
    expect(beijingTime('2025-02-01 09:30', 'zh-CN')).toBe('2025-02-01 09:30');
  });

  it('labels every number by its source: 正文 and 表格 for prose, 应为 only where computed', () => {
    expect(labelledNumbers({ check: 'prose-vs-table', severity: 'warning', at: {}, expected: 32, actual: 34 }, 'zh-CN')).toBe('正文 34 · 表格 32');
    expect(labelledNumbers({ check: 'row-total', severity: 'error', at: {}, expected: 6, actual: 7 }, 'zh-CN')).toBe('应为 6 · 表格 7 · 差 +1');
    expect(labelledNumbers({ check: 'row-total', severity: 'error', at: {}, expected: 272, actual: 0, data: { printedBlank: true } }, 'zh-CN')).toBe(
      '应为 272 · 表格 空白 · 差 -272',
    );
    expect(labelledNumbers({ check: 'carry-over-continuity', severity: 'error', at: {}, expected: 5, actual: 4 }, 'zh-CN')).toBe('表格 4 · 上年年报 5');
    expect(labelledNumbers({ check: 'blank-cell', severity: 'warning', at: {} }, 'zh-CN')).toBe('');
  });
});
