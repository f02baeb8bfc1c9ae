import { describe, expect, it } from 'vitest';
import { matchRowLabel, isHeaderRow } from '../../lib/report/row-labels';

describe('matchRowLabel', () => {
  it.each([
    [['一、本年新收政府信息公开申请数量'], 'new_received'],
    [['二、上年结转政府信息公开申请数量'], 'carried_over'],
    [['三、本年度办理结果', '（一）予以公开'], 'granted'],
    [['三、本年度办理结果', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'], 'partially_granted'],
    [['（三）不予公开', '2.其他法律和行政法规禁止公开'], 'denied_prohibited_by_law'],
    [['（三）不予公开', '5.属于三类内容事务信息'], 'denied_internal_affairs'],
    [['（四）无法提供', '2.没有现成信', '息需要另行制作'], 'unable_need_creation'],
    [['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再受理其政府信息公开申请'], 'other_overdue_correction'],
    [['（六）其他处理', '3.其他'], 'other_misc'],
    [['三、本年度办理结果', '（六）其他处理'], 'other_handling'],
    [['（七）总计'], 'results_total'],
    [['四、结转下年度继续办理'], 'carried_forward'],
    [['三、本年度辦理結果', '（三）不予公開', '1.屬於國家秘密'], 'denied_state_secret'],
  ])('%j → %s', (parts, key) => {
    expect(matchRowLabel(parts)).toBe(key);
  });

  it('does not guess at unknown labels', () => {
    expect(matchRowLabel(['合并办理'])).toBeNull();
    expect(matchRowLabel([])).toBeNull();
  });

  it('recognises the column headings', () => {
    expect(isHeaderRow(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'])).toBe(true);
    expect(isHeaderRow(['（六）其他处理', '3.其他'])).toBe(false);
  });
});
