import { describe, expect, it } from 'vitest';
import { statedFigures } from '../../lib/report/prose-figures';
import { FIXTURES } from '../helpers/fixtures';
import { inputOf, itMatchesTheCorpus, page, run, withSection } from './helpers';

const ID = 'prose-vs-table';
const figures = (text: string) =>
  statedFigures('一、总体情况\n' + text)
    .filter((f) => !f.part)
    .map((f) => [f.kind, f.value]);
const parts = (text: string) =>
  statedFigures('一、总体情况\n' + text)
    .filter((f) => f.part)
    .map((f) => [f.kind, f.value]);

describe('statedFigures', () => {
  it('reads the figures of the real pages’ wording', () => {
    expect(
      figures('2025年，全区共收到政府信息公开申请154件，共办结148件，结转至2026年6件。全年办理因政府信息公开申请引发的行政复议36起，行政诉讼9起。'),
    ).toEqual([
      ['received', 154],
      ['concluded', 148],
      ['carried_forward', 6],
      ['review', 36],
      ['litigation', 9],
    ]);
    expect(
      figures(
        '2023年全区接收通过邮寄、网络提交的各类政府信息公开申请共计81件，涉及自然人80件、商业企业1件。办结依申请公开81件，其中：予以公开及部分公开42件，占51.85%；因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。',
      ),
    ).toEqual([
      ['received', 81],
      ['concluded', 81],
      ['granted', 42],
      ['review', 2],
      ['litigation', 7],
    ]);
    expect(
      figures('答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复）。信息公开类行政复议7件，诉讼9件，均获维持。'),
    ).toEqual([
      ['carried_over', 18],
      ['review', 7],
      ['litigation', 9],
    ]);
    expect(figures('2024年甘河子镇未收到政府信息公开申请。本年度，未发生因依申请公开引发的行政复议和行政诉讼。')).toEqual([
      ['received', 0],
      ['review', 0],
      ['litigation', 0],
    ]);
    expect(figures('全年新收政府信息公开申请48件，上年结转4件，办结49件，结转下年度继续办理3件。')).toEqual([
      ['received', 48],
      ['carried_over', 4],
      ['concluded', 49],
      ['carried_forward', 3],
    ]);
  });

  it('leaves parts, other business and outcomes alone', () => {
    expect(figures('全年受理行政许可申请1200件。')).toEqual([]); // not 公开
    expect(figures('收到政府信息公开申请100件，其中网上申请60件。').map(([k]) => k)).toEqual(['received']);
    expect(figures('收到法人或其他组织政府信息公开申请5件。')).toEqual([]);
    expect(parts('收到法人或其他组织政府信息公开申请5件。')).toEqual([['received', 5]]);
    expect(figures('办结81件，其中予以公开40件，部分公开2件。')).toEqual([
      ['concluded', 81],
      ['granted', 40],
      ['partially_granted', 2],
    ]);
    expect(figures('因政府信息公开产生行政复议共2件，未出现结果纠正案件。')).toEqual([['review', 2]]);
    expect(figures('行政复议结果维持2件。')).toEqual([]);
    expect(figures('全年办理行政复议案件120件。')).toEqual([]); // a 司法局's caseload: no 公开 in the sentence
    expect(figures('不予公开3件。')).toEqual([]);
  });
});

describe('prose-vs-table', () => {
  it('fires on pingtan_gwh_2025: 共受理公开申请34件 while the table has 32 new and none carried over', () => {
    const findings = run(ID, inputOf(page('pingtan_gwh_2025')));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', at: { row: 'new_received' }, expected: 32, actual: 34, data: { kind: 'received', stated: 34 } });
    expect(findings[0]!.data!.quote).toContain('共受理公开申请34件');
    expect(findings[0]!.cells).toMatchObject([{ row: 'new_received', col: 'total' }]);
    expect(findings[0]!.cells![0]!.ref).not.toBeNull();
  });

  it('stays silent on pingtan_2023, whose prose figures all agree (81, 42 = 22 + 20, 复议 2, 诉讼 7)', () => {
    expect(run(ID, inputOf(page('pingtan_2023')))).toEqual([]);
    expect(statedFigures(inputOf(page('pingtan_2023')).text!.sections[0]!).map((f) => f.kind)).toEqual([
      'received',
      'concluded',
      'granted',
      'review',
      'litigation',
    ]);
  });

  it('fires on shanghai_bgt_2019: 予以公开及部分公开258件 against 272 + 3 in the applicant columns', () => {
    expect(run(ID, inputOf(page('shanghai_bgt_2019_decoded')))).toMatchObject([{ at: { row: 'granted' }, actual: 258, expected: 275 }]);
  });

  it('fires on each kind of figure of pingtan_2025 when the prose is changed', () => {
    const base = inputOf(page('pingtan_2025'));
    expect(run(ID, base)).toEqual([]);
    const cases: [string, string, string, number][] = [
      ['共收到政府信息公开申请154件', '共收到政府信息公开申请150件', 'received', 150],
      ['共办结148件', '共办结140件', 'concluded', 140],
      ['结转至2026年6件', '结转至2026年5件', 'carried_forward', 5],
      ['行政复议36起', '行政复议35起', 'review', 35],
      ['行政诉讼9起', '行政诉讼8起', 'litigation', 8],
    ];
    for (const [from, to, kind, stated] of cases) {
      const findings = run(
        ID,
        withSection(base, 0, (s) => s.replace(from, to)),
      );
      expect(findings, kind).toMatchObject([{ data: { kind, stated } }]);
    }
  });

  it('lets a figure about a part agree with the table, never contradict it', () => {
    const base = inputOf(page('pingtan_gwh_2025')); // 共受理公开申请34件 against 32 in the table
    const agrees = withSection(base, 0, (s) => s.replace('共受理公开申请34件', '全区各单位共受理公开申请340件，其中本机关受理公开申请32件'));
    expect(run(ID, agrees)).toEqual([]);
    const partOnly = withSection(base, 0, (s) => s.replace('共受理公开申请34件', '其中网上受理公开申请30件'));
    expect(run(ID, partOnly)).toEqual([]);
  });

  it('fires on 未收到政府信息公开申请 when the table has applications', () => {
    const input = withSection(inputOf(page('pingtan_hzs_2025')), 0, (s) =>
      s.replace(/共收到公民、法人和其他组织政府信息公开申请6件/, '未收到政府信息公开申请'),
    );
    expect(run(ID, input)).toMatchObject([{ at: { row: 'new_received' }, expected: 6, actual: 0 }]);
  });

  it('fires on 未发生…行政复议 when section four has one', () => {
    const input = withSection(inputOf(page('pingtan_zhz_2025')), 0, (s) => s.replace('政府信息公开行政复议1条', '未发生政府信息公开行政复议'));
    expect(run(ID, input)).toMatchObject([{ at: { section: 'review' }, expected: 1, actual: 0, data: { kind: 'review' } }]);
  });

  it('fires on the crafted report whose prose says 新收 50 against the table’s 48', () => {
    expect(run(ID, inputOf(`${FIXTURES}crafted/sample_2025_copied_from_2024.html`))).toMatchObject([{ expected: 48, actual: 50 }]);
  });

  describe('on every fixture', () => itMatchesTheCorpus(ID));
});
