import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDocument, resultWithMessages } from '../../lib/audit';
import { AuditResultSchema } from '../../lib/model/schema';
import { findCauses, keepFindings, knockOnText, type Cause } from '../../lib/causes';
import { parseHtml } from '../helpers/dom';
import { FIXTURES } from '../helpers/fixtures';

const audit = (name: string) => auditDocument(parseHtml(readFileSync(FIXTURES + name, 'utf8')), { source: name });

describe('causes: the failing identities grouped by their likely cause', () => {
  it('one mistyped cell is one cause that explains both its failing identities', () => {
    const { result } = audit('crafted/pingtan_2023_one_misprint.html');
    const worded = resultWithMessages(result, 'zh-CN');
    expect(worded.causes).toHaveLength(1);
    const cause = worded.causes![0]!;
    expect(cause.kind).toBe('suspect-cell');
    expect(cause.cells.map((c) => `${c.row}/${c.col}`)).toEqual(['granted/natural_person']);
    expect([cause.actual, cause.expected]).toEqual([25, 22]);
    expect(cause.findings.map((i) => result.findings[i]!.check).sort()).toEqual(['results-total', 'row-total']);
    expect(cause.message).toBe('最可能的错填处：（一）予以公开·自然人 页面为 25，应为 22——经过此格的 2 处勾稽关系因此不成立');
    // The knock-on cells point back at it instead of saying 应为 83.
    const knock = result.findings.find((f) => f.check === 'results-total')!;
    expect(knockOnText(knock, cause as Cause, 'zh-CN')).toBe('差 3，最可能源于 （一）予以公开·自然人 25 → 22');
    expect(AuditResultSchema.parse(JSON.parse(JSON.stringify(worded))).causes).toHaveLength(1);
  });

  it('a 总计 column left blank beside its figures is one cause for all twelve errors (上海 2019)', () => {
    const { result } = audit('pages/shanghai_bgt_2019_decoded.html');
    const errors = result.findings.flatMap((f, i) => (f.severity === 'error' ? [i] : []));
    expect(errors).toHaveLength(12);
    expect(result.causes).toHaveLength(1);
    const [cause] = resultWithMessages(result, 'zh-CN').causes!;
    expect(cause!.kind).toBe('blank-column');
    expect(cause!.col).toBe('total');
    expect(cause!.findings.sort((a, b) => a - b)).toEqual(errors);
    expect(cause!.message).toBe('总计列 19 行空白（按 0 计算），12 处勾稽关系因此不成立');
    expect(resultWithMessages(result, 'en').causes![0]!.message).toBe(
      'The total column is left blank in 19 rows (counted as 0): 12 identities fail because of it',
    );
  });

  it('two independent misprints are two causes; every error belongs to exactly one', () => {
    const { result } = audit('samples/sample-report.html');
    expect(result.causes!.map((c) => c.kind)).toEqual(['suspect-cell', 'suspect-cell']);
    const claimed = result.causes!.flatMap((c) => c.findings).sort((a, b) => a - b);
    expect(claimed).toEqual(result.findings.flatMap((f, i) => (f.severity === 'error' ? [i] : [])));
  });

  it('a clean table has no cause; a whole blank column whose figures would be 0 is no cause (沭阳 2023)', () => {
    expect(audit('pages/pingtan_2023.html').result.causes).toEqual([]);
    expect(audit('pages/shuyang_fgj_2023.html').result.causes).toEqual([]);
  });

  it('an error no cause explains stands as its own', () => {
    const f = { check: 'review-total', severity: 'error' as const, at: {}, expected: 3, actual: 4, cells: [] };
    expect(findCauses([f], null)).toEqual([{ kind: 'identity', severity: 'error', cells: [], findings: [0] }]);
  });

  it('keepFindings renumbers the causes and drops the ones left empty', () => {
    const { result } = audit('samples/sample-report.html');
    const first = result.causes![0]!;
    const kept = keepFindings(result, (i) => !first.findings.includes(i));
    expect(kept.findings).toHaveLength(result.findings.length - first.findings.length);
    expect(kept.causes).toHaveLength(1);
    for (const c of kept.causes!) for (const i of c.findings) expect(kept.findings[i]!.severity).toBe('error');
  });
});
