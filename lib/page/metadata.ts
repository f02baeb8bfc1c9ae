import { fold, squash } from '../text/normalize';

export interface ReportMeta {
  title: string;
  agency: string | null;
  year: number | null;
  /** Where the year came from. */
  yearFrom: 'title' | 'period' | 'text' | 'published' | null;
  published: string | null;
}

export function metaContent(metas: Metas, name: string): string | null {
  return metas.get(name.toLowerCase()) || null;
}

/** The page's `<meta name content>`, by lower-cased name (the first of each): one walk for every name asked. */
export type Metas = ReadonlyMap<string, string>;

export function readMetas(doc: Document): Metas {
  const out = new Map<string, string>();
  const list = doc.getElementsByTagName('meta');
  for (let i = 0; i < list.length; i++) {
    const el = list[i]!;
    const name = el.getAttribute('name')?.toLowerCase();
    if (!name || out.has(name)) continue;
    // The first of a name counts, as querySelector's match did; an empty one reads as none.
    const content = el.getAttribute('content');
    out.set(name, content ? squash(content) : '');
  }
  return out;
}

/** A page's own title of the article, without the portal's suffix. */
export function pageTitle(doc: Document, metas: Metas = readMetas(doc)): string {
  const meta = metaContent(metas, 'ArticleTitle');
  if (meta) return meta;
  for (const tag of ['h1', 'h2']) {
    const h = doc.querySelector(tag);
    const text = h ? squash(h.textContent ?? '') : '';
    if (text && /报告|年报/.test(text)) return text;
  }
  const title = squash(doc.title ?? '');
  return title.split(/\s*[_|｜]\s*|\s+-\s+|-(?=[^-]*$)/)[0] ?? title;
}

const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年/;
const PERIOD = /((?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日\s*(?:起\s*)?(?:至|到|—|-|－|~)\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日/;

export function agencyFromTitle(title: string): string | null {
  const t = squash(fold(title)).replace(/^(?:19|20)\d{2}\s*年度?\s*/, '');
  const m = /^(.*?)\s*(?:关于)?\s*(?:(?:19|20)\d{2}\s*年度?|政府信息公开|信息公开|政务公开)/.exec(t);
  let agency = m?.[1]?.trim() ?? '';
  // 某某人民政府信息公开工作年度报告: the lazy match stops inside 人民政府.
  if (agency.endsWith('人民') && t.slice(agency.length).replace(/^\s+/, '').startsWith('政府')) agency += '政府';
  agency = agency.replace(/[《“"（(]+$/, '').trim();
  return agency.length >= 2 ? agency : null;
}

/** `bodyText` may be a function: the page's text is then read only when the title names no year. */
export function readMeta(title: string, bodyText: string | (() => string), published: string | null, fallbackAgency: string | null): ReportMeta {
  const meta: ReportMeta = { title, agency: agencyFromTitle(title) ?? fallbackAgency, year: null, yearFrom: null, published };
  const folded = fold(title);
  const t = folded.match(YEAR_IN_TITLE) ?? folded.match(/((?:19|20)\d{2})/);
  if (t) return { ...meta, year: Number(t[1]), yearFrom: 'title' };
  const head = fold((typeof bodyText === 'string' ? bodyText : bodyText()).slice(0, 20_000));
  const period = PERIOD.exec(head);
  if (period) return { ...meta, year: Number(period[2]), yearFrom: 'period' };
  const early = /((?:19|20)\d{2})\s*年度?/.exec(head.slice(0, 1500));
  if (early) return { ...meta, year: Number(early[1]), yearFrom: 'text' };
  const pub = published ? /((?:19|20)\d{2})/.exec(published) : null;
  if (pub) return { ...meta, year: Number(pub[1]) - 1, yearFrom: 'published' };
  return meta;
}

const PUBLISHED_IN_TEXT = /(?:发布日期|发布时间|发文日期|成文日期|发布于)\s*[:：]?\s*((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;

/** A publish date printed in the page's text, as YYYY-MM-DD. */
export function publishedInText(text: string): string | null {
  const m = PUBLISHED_IN_TEXT.exec(text.slice(0, 20_000));
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

/** The first short line of the text that names a report: the heading of a page without a title. */
export function headingInText(text: string, names: (line: string) => boolean): string | null {
  let seen = 0;
  for (const line of text.split('\n')) {
    const l = squash(line);
    if (!l) continue;
    if (l.length <= 80 && names(l)) return l;
    if (++seen > 40) break;
  }
  return null;
}

/** TRS-style article addresses carry the publish date: …/t20240308_87885.htm → 2024-03-08. */
export function publishedInUrl(url: string | null | undefined): string | null {
  const m = url ? /\/t((?:19|20)\d{2})(\d{2})(\d{2})_\d+\.s?html?(?:$|[?#])/.exec(url) : null;
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export function agencyKey(agency: string | null): string {
  return (agency ?? '').replace(/[\s\u00a0\u3000]+/g, '');
}
