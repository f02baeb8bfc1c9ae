import { defineCheck } from './define';

export default defineCheck({
  id: 'table-not-found',
  severity: 'warning',
  name: { 'zh-CN': '未找到表格', en: 'Table not found' },
  describes: {
    'zh-CN': '年报页面上找不到第三部分表格（可能以附件或图片发布）',
    en: 'A report page without the section-three table (published as an attachment or image?)',
  },
  run: (input) =>
    !input.applications && !(input.meta.year !== null && input.meta.year < 2019)
      ? [{ at: {}, data: { attachments: input.attachments.map((a) => a.href) } }]
      : [],
  pick: (f) => (f.data.attachments.length ? 'attachments' : 'images'),
  messages: {
    attachments: {
      'zh-CN': (f) => `页面上没有第三部分表格；年报可能在附件中：${f.data.attachments.join('、')}`,
      en: (f) => `No section-three table on the page; the report may be in the attachments: ${f.data.attachments.join(', ')}`,
    },
    images: {
      'zh-CN': () => '页面上没有第三部分表格，无法核对数字（可能以图片发布）',
      en: () => 'No section-three table on the page, so nothing to check (published as images?)',
    },
  },
});
