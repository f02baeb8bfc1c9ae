import { describe, expect, it } from 'vitest';
import { agencyKind, deadlineFor } from '../../lib/report/deadline';
import { FIXTURES } from '../helpers/fixtures';
import { inputOf, itMatchesTheCorpus, page, run, withSection } from './helpers';

const ID = 'publish-deadline';
const at = (input: ReturnType<typeof inputOf>, published: string | null, agency?: string | null) =>
  run(ID, { ...input, meta: { ...input.meta, published, ...(agency !== undefined ? { agency } : {}) } });

describe('agencyKind', () => {
  it.each([
    ['平潭综合实验区财政金融局', 'department'],
    ['平潭综合实验区管委会办公室', 'department'],
    ['上海市人民政府办公厅', 'department'],
    ['沭阳县发展和改革局', 'department'],
    ['示例市卫生健康委员会', 'department'],
    ['示例市政务服务中心', 'department'],
    ['平潭综合实验区', 'government'],
    ['平潭综合实验区管委会', 'government'],
    ['示例市示例区人民政府', 'government'],
    ['沭阳县', 'government'],
    ['示例经济技术开发区管理委员会', 'government'],
    ['河口镇', 'township'],
    ['赣县区江口镇人民政府', 'township'],
    ['示例区城关街道办事处', 'township'],
    ['示例乡', 'township'],
    ['行政科', 'unknown'],
    [null, 'unknown'],
  ] as const)('%s → %s', (name, kind) => expect(agencyKind(name)).toBe(kind));

  it('applies the 2007 条例 to reports on 2018 and before', () => {
    expect(deadlineFor(2018, 'department')).toMatchObject({ rule: 'art32', date: '2019-03-31' });
    expect(deadlineFor(2019, 'department')).toMatchObject({ rule: 'art49-department', date: '2020-01-31' });
    expect(deadlineFor(2019, 'government')).toMatchObject({ rule: 'art49-government', date: '2020-03-31' });
  });
});

describe('publish-deadline', () => {
  it('fires on the 2011 report of 平潭县农业局, published 2012-05-11 (2007 条例, 3月31日)', () => {
    const findings = run(ID, inputOf(`${FIXTURES}negatives/pingtan_nyj_2011_oldformat_report.html`));
    expect(findings).toMatchObject([{ severity: 'warning', data: { rule: 'art32', deadline: '2012-03-31', published: '2012-05-11', daysLate: 41 } }]);
  });

  it('departments: by 1月31日', () => {
    const input = inputOf(page('pingtan_gwh_2025'));
    expect(run(ID, input)).toEqual([]); // published 2026-01-30
    expect(at(input, '2026-01-31 18:00')).toEqual([]);
    expect(at(input, '2026-02-15 09:00')).toMatchObject([
      { severity: 'warning', data: { rule: 'art49-department', kind: 'department', deadline: '2026-01-31', daysLate: 15, dateFrom: 'published' } },
    ]);
  });

  it('local governments: by 3月31日', () => {
    const input = inputOf(page('pingtan_2025'));
    expect(run(ID, input)).toEqual([]); // published 2026-03-10
    expect(at(input, '2026-03-31')).toEqual([]);
    expect(at(input, '2026-04-02')).toMatchObject([{ severity: 'warning', data: { rule: 'art49-government', deadline: '2026-03-31', daysLate: 2 } }]);
  });

  it('townships and agencies of unknown kind: info between 1月31日 and 3月31日, warning after', () => {
    const input = inputOf(page('pingtan_gwh_2025'));
    expect(at(input, '2026-02-10', '示例区城关镇')).toMatchObject([{ severity: 'info', data: { rule: 'art49-township', deadline: '2026-01-31' } }]);
    expect(at(input, '2026-04-10', '示例区城关镇')).toMatchObject([{ severity: 'warning', data: { rule: 'art49-township', deadline: '2026-03-31' } }]);
    expect(at(input, '2026-02-10', null)).toMatchObject([{ severity: 'info', data: { rule: 'art49-unknown', kind: 'unknown' } }]);
    expect(at(input, '2026-04-10', null)).toMatchObject([{ severity: 'warning', data: { rule: 'art49-unknown' } }]);
  });

  it('without a publish date, a late signature date is a late report', () => {
    const input = inputOf(page('shuyang_fgj_2023')); // 沭阳县发展和改革局, no publish date, signed 2024年1月17日
    expect(input.meta.published).toBeNull();
    expect(run(ID, input)).toEqual([]);
    const late = withSection(input, 5, (s) => s.replace(/2024年1月17日/, '2024年3月1日'));
    expect(run(ID, late)).toMatchObject([{ severity: 'warning', data: { dateFrom: 'signed', published: '2024-03-01', rule: 'art49-department' } }]);
  });

  it('says nothing of a date within the year reported (year-mismatch does)', () => {
    expect(at(inputOf(page('pingtan_gwh_2025')), '2025-11-01')).toEqual([]);
  });

  describe('on every fixture', () => itMatchesTheCorpus(ID));
});
