import { describe, expect, it } from 'vitest';
import { formatJson, formatJsonLine } from '../../lib/format/json';
import { AuditResultSchema } from '../../lib/model/schema';
import { audited, hostile, NOT_A_REPORT, SAMPLE } from './audited';

describe('formatJson', () => {
  it('is the SPEC.md §3 object, indented, with every finding and its message', () => {
    const result = audited(SAMPLE, 'zh-CN');
    const text = formatJson(result);
    expect(text.split('\n').length).toBeGreaterThan(50);
    expect(text).toMatch(/^\{\n {2}"schema": "gouji.audit\/1",/);
    const back = JSON.parse(text) as unknown;
    expect(back).toEqual(result);
    expect(AuditResultSchema.parse(back).findings.map((f) => f.message)).toEqual(result.findings.map((f) => f.message));
  });

  it('keeps a non-report as detected: false', () => {
    const back = JSON.parse(formatJson(audited(NOT_A_REPORT, 'en'))) as { detected: boolean; report: unknown; findings: unknown[] };
    expect(back).toMatchObject({ detected: false, report: null, findings: [] });
  });
});

describe('formatJsonLine', () => {
  it('is one line even when page text has newlines, and reads back the same', () => {
    const result = hostile('en');
    const line = formatJsonLine(result);
    expect(line).not.toMatch(/[\r\n]/);
    expect(line).toContain('a|b\\nsecond line');
    expect(JSON.parse(line)).toEqual(result);
  });
});
