import { describe, expect, it } from 'vitest';
import { inputOf, itMatchesTheCorpus, page, run, withSection } from './helpers';

const ID = 'year-mismatch';

describe('year-mismatch', () => {
  it('fires on pingtan_czj_2025: section two opens with 2024年制作、获取… in a report on 2025', () => {
    const findings = run(ID, inputOf(page('pingtan_czj_2025')));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', expected: 2025, actual: 2024, data: { kind: 'prose', section: 2 } });
    expect(findings[0]!.data!.quote).toMatch(/^2024年制作、获取政府信息总数467条/);
  });

  it('fires when the statistical period names another year', () => {
    const input = inputOf(page('pingtan_2025'));
    expect(run(ID, input)).toEqual([]);
    const full = input.text!.full.replace('统计期限为2025年1月1日至2025年12月31日', '统计期限为2024年1月1日至2024年12月31日');
    expect(full).not.toBe(input.text!.full);
    const findings = run(ID, { ...input, text: { ...input.text!, full } });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ actual: 2024, data: { kind: 'period' } });
    expect(findings[0]!.data!.quote).toContain('2024年1月1日至2024年12月31日');
  });

  it('fires when the overview tells last year as the year reported', () => {
    const input = withSection(inputOf(page('pingtan_2025')), 0, (s) =>
      s.replace('2025年，全区共收到政府信息公开申请154件', '2024年，全区共收到政府信息公开申请154件'),
    );
    const findings = run(ID, input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ actual: 2024, data: { kind: 'prose', section: 1 } });
    expect(findings[0]!.data!.quote).toContain('2024年，全区共收到政府信息公开申请154件');
  });

  it('fires on 本年度（2024年） in a report on 2025', () => {
    const input = withSection(inputOf(page('pingtan_2025')), 0, (s) => s + '\n本年度（2024年）共办理人大建议12件。');
    expect(run(ID, input)).toMatchObject([{ actual: 2024, data: { kind: 'prose' } }]);
  });

  it('leaves comparisons, plans, dates, last year’s report and 五、存在的主要问题 alone', () => {
    const extra = [
      '2024年同期相比，申请量增长10%。',
      '2026年，我区将继续深化政务公开。',
      '2024年度报告提出的问题已全部整改。',
      '2024年12月，我区召开政务公开工作会议。',
      '较2024年，主动公开信息增加5条。',
      '2019年以来，我区持续推进标准化建设。',
      '2024年底，现行有效规范性文件已全部公开。',
    ].join('\n');
    let input = withSection(inputOf(page('pingtan_2025')), 0, (s) => s + '\n' + extra);
    input = withSection(input, 4, (s) => s + '\n2024年，我区政府信息公开工作存在不足。');
    expect(run(ID, input)).toEqual([]);
  });

  it('fires when the report was published before the year it reports on had ended', () => {
    const input = inputOf(page('pingtan_2025'));
    const findings = run(ID, { ...input, meta: { ...input.meta, published: '2025-12-01 09:00' } });
    expect(findings).toMatchObject([{ severity: 'warning', data: { kind: 'published', date: '2025-12-01' } }]);
  });

  it('fires when the signature is dated within the year reported', () => {
    const input = withSection(inputOf(page('pingtan_2025')), 5, (s) => s + '\n平潭综合实验区管委会\n2025年6月1日\n');
    expect(run(ID, input)).toMatchObject([{ data: { kind: 'signed', date: '2025-06-01' } }]);
  });

  it('says nothing without a year the report states (title or period)', () => {
    const input = inputOf(page('pingtan_czj_2025'));
    expect(run(ID, { ...input, meta: { ...input.meta, year: null } })).toEqual([]);
    expect(run(ID, { ...input, meta: { ...input.meta, yearFrom: 'published' } })).toEqual([]);
    expect(run(ID, { ...input, meta: { ...input.meta, yearFrom: 'period' } })).toHaveLength(1);
  });

  describe('on every fixture', () => itMatchesTheCorpus(ID));
});
