import { describe, expect, it } from 'vitest';
import { extractedReviewRows, extractedTableRows } from '../../lib/format/extracted-table';
import { TEMPLATE_ROWS } from '../../lib/model/keys';
import { FIXTURES } from '../helpers/fixtures';
import { audited, NOT_A_REPORT, OLD_FORMAT, SAMPLE } from './audited';

describe('extractedTableRows', () => {
  it('lists every row of the template with its label and values, blanks empty', () => {
    const rows = extractedTableRows(audited(SAMPLE, 'zh-CN'), 'zh-CN');
    expect(rows[0]).toEqual(['行', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他组织', '总计']);
    expect(rows).toHaveLength(1 + TEMPLATE_ROWS['2021'].length);
    expect(rows[1]).toEqual(['一、本年新收', '38', '6', '0', '1', '2', '1', '48']);
    expect(rows.find((r) => r[0] === '（三）6.属于四类过程性信息')).toEqual(['（三）6.属于四类过程性信息', '1', '1', '', '0', '0', '0', '2']);
    expect(rows.at(-1)).toEqual(['四、结转下年度继续办理', '3', '1', '0', '0', '0', '0', '3']);
    expect(rows.every((r) => r.length === 8)).toBe(true);
  });

  it('uses English labels', () => {
    const rows = extractedTableRows(audited(SAMPLE, 'en'), 'en');
    expect(rows[0]).toEqual([
      'Row',
      'natural persons',
      'businesses',
      'research bodies',
      'public-interest groups',
      'legal services',
      'other organisations',
      'total',
    ]);
    expect(rows[2]![0]).toBe('II. carried over from last year');
  });

  it('follows the 2019 template when the report does', () => {
    const rows = extractedTableRows(audited(FIXTURES + 'pages/pingtan_2019.html', 'zh-CN'), 'zh-CN');
    expect(rows).toHaveLength(1 + TEMPLATE_ROWS['2019'].length);
    expect(rows.map((r) => r[0])).toContain('（六）其他处理');
    expect(rows.map((r) => r[0])).not.toContain('（六）3.其他');
  });

  it('is empty when no table was read', () => {
    expect(extractedTableRows(audited(NOT_A_REPORT, 'zh-CN'), 'zh-CN')).toEqual([]);
    expect(extractedTableRows(audited(OLD_FORMAT, 'zh-CN'), 'zh-CN')).toEqual([]);
  });
});

describe('extractedReviewRows', () => {
  it('gives section four as three groups of five', () => {
    const rows = extractedReviewRows(audited(SAMPLE, 'zh-CN'), 'zh-CN');
    expect(rows).toEqual([
      ['项目', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
      ['行政复议', '2', '1', '0', '1', '4'],
      ['行政诉讼·未经复议直接起诉', '1', '0', '1', '1', '3'],
      ['行政诉讼·复议后起诉', '1', '0', '0', '0', '1'],
    ]);
    expect(extractedReviewRows(audited(NOT_A_REPORT, 'en'), 'en')).toEqual([]);
  });
});
