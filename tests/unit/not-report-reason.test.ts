import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../lib/audit';
import { worthAuditing } from '../../lib/page/detect';
import { notReportReason, type NotReportInput } from '../../lib/page/not-report-reason';
import { parseHtml } from '../helpers/dom';
import { FIXTURES } from '../helpers/fixtures';

const GOV = 'https://www.example.gov.cn/zwgk/page.html';
const base: NotReportInput = { url: GOV, check: 'audited', title: '', links: 0 };

describe('notReportReason', () => {
  it('offers 审核此页 only where the page was not audited', () => {
    expect(notReportReason({ ...base, check: 'absent', url: 'https://example.com/a.html' })).toEqual({ reason: 'outside-gov-cn', offerAudit: true });
    expect(notReportReason({ ...base, check: 'absent' })).toEqual({ reason: 'not-checked', offerAudit: true });
    expect(notReportReason({ ...base, check: 'skipped' })).toEqual({ reason: 'no-title-no-table', offerAudit: true });
    expect(notReportReason({ ...base, check: 'audited' })).toEqual({ reason: 'no-title-no-table', offerAudit: false });
  });

  it('offers nothing on the browser’s own pages', () => {
    expect(notReportReason({ ...base, check: 'absent', url: 'chrome://newtab/' })).toEqual({ reason: 'browser-page', offerAudit: false });
    expect(notReportReason({ ...base, check: 'absent', url: 'about:blank' }).offerAudit).toBe(false);
  });

  it('takes a hidden address (no host access) for a page outside gov.cn, and offers 审核此页', () => {
    expect(notReportReason({ ...base, check: 'absent', url: '' })).toEqual({ reason: 'outside-gov-cn', offerAudit: true });
  });

  it('does not take a host that merely ends in gov.cn letters for gov.cn', () => {
    expect(notReportReason({ ...base, check: 'absent', url: 'https://notgov.cn/x' }).reason).toBe('outside-gov-cn');
    expect(notReportReason({ ...base, check: 'absent', url: 'https://gov.cn.example.com/x' }).reason).toBe('outside-gov-cn');
  });

  it('names a listing before anything its title says', () => {
    expect(notReportReason({ ...base, title: '政府信息公开年报_示例门户', links: 7 }).reason).toBe('listing');
  });

  it('reads the title as detection does', () => {
    expect(notReportReason({ ...base, title: '关于做好2024年政府信息公开工作年度报告编制工作的通知' }).reason).toBe('about-reports');
    expect(notReportReason({ ...base, title: '我市发布2024年度政府信息公开工作年度报告' }).reason).toBe('title-without-table');
    expect(notReportReason({ ...base, title: '示例市2024年部门预算公开' }).reason).toBe('no-title-no-table');
  });
});

describe('on the negative fixtures, as the extension would see them', () => {
  // check: what the content script does with the page (worthAuditing), then the full audit.
  const cases = [
    ['synthetic/ordinary_page_many_tables.html', 'skipped', 'no-title-no-table'],
    ['synthetic/news_about_reports.html', 'audited', 'title-without-table'],
    ['synthetic/blank_format_notice.html', 'audited', 'about-reports'],
    ['negatives/pingtan_czj_guide_2024.html', 'audited', 'about-reports'],
    ['negatives/pingtan_2014_letter_in_nb_column.html', 'audited', 'about-reports'],
  ] as const;
  for (const [file, check, reason] of cases) {
    it(`${file}: ${check}, ${reason}`, () => {
      const doc = parseHtml(readFileSync(FIXTURES + file, 'utf8'), GOV);
      const seen = worthAuditing(doc, GOV) ? 'audited' : 'skipped';
      expect(seen).toBe(check);
      if (seen === 'audited') expect(auditDocument(doc, { source: GOV }).result.detected).toBe(false);
      expect(notReportReason({ url: GOV, check: seen, title: doc.title, links: 0 })).toEqual({ reason, offerAudit: seen === 'skipped' });
    });
  }
});
