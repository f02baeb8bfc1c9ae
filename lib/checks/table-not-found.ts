import type { Check } from './types';

const check: Check = {
  id: 'table-not-found',
  name: { 'zh-CN': '未找到表格', en: 'Table not found' },
  describes: { 'zh-CN': '年报页面上找不到第三部分表格（可能以附件或图片发布）', en: 'A report page without the section-three table (published as an attachment or image?)' },
  run: (input) =>
    !input.applications && !(input.meta.year !== null && input.meta.year < 2019)
      ? [{ check: 'table-not-found', severity: 'warning' as const, at: {}, data: { attachments: input.attachments.map((a) => a.href) } }]
      : [],
  message: {
    'zh-CN': (f) => {
      const links = (f.data?.attachments as string[] | undefined) ?? [];
      return links.length ? `页面上没有第三部分表格；年报可能在附件中：${links.join('、')}` : '页面上没有第三部分表格，无法核对数字（可能以图片发布）';
    },
    en: (f) => {
      const links = (f.data?.attachments as string[] | undefined) ?? [];
      return links.length ? `No section-three table on the page; the report may be in the attachments: ${links.join(', ')}` : 'No section-three table on the page, so nothing to check (published as images?)';
    },
  },
};
export default check;
