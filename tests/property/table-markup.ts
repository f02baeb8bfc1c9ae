import { COL_KEYS, TEMPLATE_ROWS, type RowKey, type Template } from '../../lib/model/keys';

/** Printed labels of the template, by row key: [group cell, item cell]. */
export const PRINTED: Record<RowKey, [string | null, string]> = {
  new_received: [null, '一、本年新收政府信息公开申请数量'],
  carried_over: [null, '二、上年结转政府信息公开申请数量'],
  granted: [null, '（一）予以公开'],
  partially_granted: [null, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  denied_state_secret: ['（三）不予公开', '1.属于国家秘密'],
  denied_prohibited_by_law: ['（三）不予公开', '2.其他法律行政法规禁止公开'],
  denied_three_safeties: ['（三）不予公开', '3.危及“三安全一稳定”'],
  denied_third_party: ['（三）不予公开', '4.保护第三方合法权益'],
  denied_internal_affairs: ['（三）不予公开', '5.属于三类内部事务信息'],
  denied_process_info: ['（三）不予公开', '6.属于四类过程性信息'],
  denied_enforcement_file: ['（三）不予公开', '7.属于行政执法案卷'],
  denied_admin_query: ['（三）不予公开', '8.属于行政查询事项'],
  unable_no_info: ['（四）无法提供', '1.本机关不掌握相关政府信息'],
  unable_need_creation: ['（四）无法提供', '2.没有现成信息需要另行制作'],
  unable_unclear: ['（四）无法提供', '3.补正后申请内容仍不明确'],
  rejected_complaint: ['（五）不予处理', '1.信访举报投诉类申请'],
  rejected_duplicate: ['（五）不予处理', '2.重复申请'],
  rejected_publication: ['（五）不予处理', '3.要求提供公开出版物'],
  rejected_excessive: ['（五）不予处理', '4.无正当理由大量反复申请'],
  rejected_confirmation: ['（五）不予处理', '5.要求行政机关确认或重新出具已获取信息'],
  other_overdue_correction: ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  other_overdue_fee: ['（六）其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  other_misc: ['（六）其他处理', '3.其他'],
  other_handling: [null, '（六）其他处理'],
  results_total: [null, '（七）总计'],
  carried_forward: [null, '四、结转下年度继续办理'],
};

export interface Markup {
  /** Header cells as th inside thead, or td in the body. */
  thead: boolean;
  /** How a number is written into its cell. */
  number: 'plain' | 'p' | 'word' | 'nbsp' | 'fullwidth';
  /** How a label is written: plain, one span per character, broken by <br>, or one <p> per character. */
  label: 'plain' | 'spans' | 'br' | 'vertical';
  /** Split the table after this many body rows (a Word page break); 0 = one table. */
  splitAt: number;
  /** Extra empty cell at the end of every body row. */
  trailingEmpty: boolean;
  /** Wrap the table in a layout table. */
  layout: boolean;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function label(text: string, how: Markup['label']): string {
  switch (how) {
    case 'plain':
      return esc(text);
    case 'spans':
      return [...text].map((ch) => `<span style="font-family:仿宋_GB2312">${esc(ch)}</span>`).join('');
    case 'br': {
      const mid = Math.ceil(text.length / 2);
      return `${esc(text.slice(0, mid))}<br/>${esc(text.slice(mid))}`;
    }
    case 'vertical':
      return [...text].map((ch) => `<p>${esc(ch)}</p>`).join('');
  }
}

function number(n: number, how: Markup['number']): string {
  const s = String(n);
  switch (how) {
    case 'plain':
      return s;
    case 'p':
      return `<p align="center">${s}</p>`;
    case 'word':
      return `<p class="MsoNormal" align="center">${[...s].map((d) => `<span lang="EN-US">${d}</span>`).join('')}<o:p></o:p></p>`;
    case 'nbsp':
      return `&nbsp;${s}&nbsp;&nbsp;`;
    case 'fullwidth':
      return s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  }
}

/** Renders section three as a portal would, with the label cells merged as the template merges them. */
export function renderApplications(
  template: Template,
  rows: Partial<Record<RowKey, number[]>>,
  m: Markup,
  printed: Partial<Record<RowKey, string>> = {},
): string {
  const keys = TEMPLATE_ROWS[template];
  const cell = m.thead ? 'th' : 'td';
  const header =
    `<tr><${cell} colspan="3" rowspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</${cell}><${cell} colspan="7">申请人情况</${cell}></tr>` +
    `<tr><${cell} rowspan="2">${label('自然人', m.label)}</${cell}><${cell} colspan="5">法人或其他组织</${cell}><${cell} rowspan="2">总计</${cell}></tr>` +
    `<tr><${cell} colspan="3"></${cell}>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => `<${cell}>${label(h, m.label)}</${cell}>`).join('')}</tr>`;
  const resultKeys: readonly RowKey[] = keys.filter((k) => k !== 'new_received' && k !== 'carried_over' && k !== 'carried_forward');
  const body: string[] = [];
  let group: string | null = null;
  keys.forEach((key) => {
    const g = PRINTED[key][0];
    const item = printed[key] ?? PRINTED[key][1];
    const values = (rows[key] ?? COL_KEYS.map(() => 0)).map((v) => `<td>${number(v, m.number)}</td>`).join('');
    const tail = m.trailingEmpty ? '<td></td>' : '';
    let labels = '';
    if (key === resultKeys[0]) labels += `<td rowspan="${resultKeys.length}">${label('三、本年度办理结果', m.label)}</td>`;
    const inResults = resultKeys.includes(key);
    if (!inResults) labels += `<td colspan="3">${label(item, m.label)}</td>`;
    else if (g === null) labels += `<td colspan="2">${label(item, m.label)}</td>`;
    else {
      if (g !== group) labels += `<td rowspan="${keys.filter((k) => PRINTED[k][0] === g).length}">${label(g, m.label)}</td>`;
      labels += `<td>${label(item, m.label)}</td>`;
    }
    group = g;
    body.push(`<tr>${labels}${values}${tail}</tr>`);
  });
  const open = '<table class="MsoNormalTable" border="1" cellspacing="0">';
  const head = m.thead ? `<thead>${header}</thead>` : header;
  let tables: string;
  if (m.splitAt > 0 && m.splitAt < body.length) {
    // A page break splits a rowspan cell too: Word repeats nothing and the second part has no label column for the group.
    tables = `${open}${head}<tbody>${body.slice(0, m.splitAt).join('')}</tbody></table><p>&nbsp;</p>${open}<tbody>${body.slice(m.splitAt).join('')}</tbody></table>`;
  } else tables = `${open}${head}<tbody>${body.join('')}</tbody></table>`;
  return m.layout ? `<table class="layout"><tr><td>${tables}</td></tr></table>` : tables;
}

export function renderPage(
  template: Template,
  year: number,
  rows: Partial<Record<RowKey, number[]>>,
  m: Markup,
  printed: Partial<Record<RowKey, string>> = {},
): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>测试县${year}年政府信息公开工作年度报告</title></head><body>
<h1>测试县${year}年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>二、主动公开政府信息情况</p>
<p>三、收到和处理政府信息公开申请情况</p>${renderApplications(template, rows, m, printed)}
<p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p></body></html>`;
}
