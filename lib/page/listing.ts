import type { ReportLink } from './links';
import { agencyFromTitle } from './metadata';
import { agencyKey } from './metadata';

/**
 * Where a portal lists its reports, guessed from a report's address: report pages live under
 * their column, often in a dated folder (…/zfxxgknb/202503/t20250310_97791.htm → …/zfxxgknb/).
 */
export function listingCandidates(reportUrl: string): string[] {
  let url: URL;
  try {
    url = new URL(reportUrl);
  } catch {
    return [];
  }
  const parts = url.pathname.split('/').filter(Boolean);
  parts.pop();
  if (parts.length && /^\d{6,8}$/.test(parts[parts.length - 1]!)) parts.pop();
  const out: string[] = [];
  while (parts.length && out.length < 3) {
    const dir = `${url.origin}/${parts.join('/')}/`;
    out.push(dir);
    parts.pop();
  }
  return out;
}

/** The link to the same agency's report on the year before, among a listing's links. */
export function previousYearLink(links: readonly ReportLink[], agency: string | null, year: number | null): ReportLink | null {
  if (year === null) return null;
  const name = agencyKey(agency);
  const wanted = new RegExp(`${year - 1}\\s*年`);
  // The agency read from the title must be the same one: a department's report names its government too.
  return links.find((l) => wanted.test(l.title) && (!name || agencyKey(agencyFromTitle(l.title)) === name)) ?? null;
}
