import { titleExcludesReport, titleNamesReport } from './detect';

/**
 * How far Gouji got with a page it shows no report for:
 * - `absent`: no content script answered (outside gov.cn, or a tab opened before the extension);
 * - `skipped`: the content script's first look (worthAuditing) found no sign of a report;
 * - `audited`: the full audit ran and did not detect a report.
 */
export type PageCheck = 'absent' | 'skipped' | 'audited';

export type NotReportReason =
  /** chrome://, about:, the web store: no extension may read these. */
  | 'browser-page'
  /** Outside gov.cn: Gouji does not look by itself. */
  | 'outside-gov-cn'
  /** On gov.cn, yet nothing answered: the tab predates the extension, or the page blocks it. */
  | 'not-checked'
  /** A portal's listing: it links reports and is none itself. */
  | 'listing'
  /** A notice, guide, news item or letter about reports (detect.ts's NOT_THE_REPORT words). */
  | 'about-reports'
  /** The title names a report, but no table, sections or attachment backs it. */
  | 'title-without-table'
  | 'no-title-no-table';

export interface NotReportInput {
  url: string;
  check: PageCheck;
  /** The tab's title, as detection read the page's. */
  title: string;
  /** Same-site report links the page lists. */
  links: number;
}

export interface NotReportVerdict {
  reason: NotReportReason;
  /** 审核此页 only where Gouji has not audited the page already: there it would say the same. */
  offerAudit: boolean;
}

const isWeb = (url: string) => /^https?:\/\//i.test(url);

function onGovCn(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'gov.cn' || host.endsWith('.gov.cn');
  } catch {
    return false;
  }
}

export function notReportReason({ url, check, title, links }: NotReportInput): NotReportVerdict {
  // An empty address is one the extension may not see: a host outside its gov.cn access.
  if (url && !isWeb(url)) return { reason: 'browser-page', offerAudit: false };
  if (check === 'absent') return { reason: onGovCn(url) ? 'not-checked' : 'outside-gov-cn', offerAudit: true };
  const offerAudit = check === 'skipped';
  if (links > 0) return { reason: 'listing', offerAudit };
  // The first look only reads the title and the tables' words: a skip means neither looked like a report.
  if (check === 'skipped') return { reason: 'no-title-no-table', offerAudit };
  if (titleExcludesReport(title)) return { reason: 'about-reports', offerAudit };
  if (titleNamesReport(title)) return { reason: 'title-without-table', offerAudit };
  return { reason: 'no-title-no-table', offerAudit };
}
