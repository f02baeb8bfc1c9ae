import { isLocalAddress, linkBase, pageAddress } from './address';
import { fold } from '../text/normalize';

/** The title names a disclosure annual report (of any year, old formats included). */
const REPORT_NAME = [
  /(?:信息公开|政务公开).{0,8}年度报告/,
  /(?:19|20)\d{2}\s*年.{0,24}(?:信息公开|政务公开).{0,8}(?:年度报告|年报|报告)/,
  /年度(?:政府)?信息公开(?:工作)?报告/,
];
/** Titles that name a report but are about one: notices, the blank format, news, guides. */
const NOT_THE_REPORT =
  /指南|格式|通知|印发|关于做好|编制|发布会|召开|部署|会议|培训|解读|图解|评估|考核|测评|检查|通报|目录|意见|要点|方案|计划|函|答记者问|公示|征求/;

export function titleNamesReport(title: string): boolean {
  const t = fold(title).replace(/\s+/g, '');
  return REPORT_NAME.some((p) => p.test(t)) && !NOT_THE_REPORT.test(t);
}

export function titleExcludesReport(title: string): boolean {
  return NOT_THE_REPORT.test(fold(title).replace(/\s+/g, ''));
}

/** Words in a page's address or title saying it may be, or may yet become, a report. */
const ADDRESS_HINT = /信息公开|政务公开|年报|年度报告|gknb|xxgk|ndbg/i;

export function addressHintsReport(href: string, title: string): boolean {
  return ADDRESS_HINT.test(href + title);
}

/** The content script's first look: on an ordinary gov.cn page, a few string tests and nothing more. */
export function worthAuditing(doc: Document, href: string): boolean {
  return addressHintsReport(href, doc.title ?? '') || mightBeReport(doc);
}

/**
 * The cheap first look, run on every gov.cn page: a few string tests on the title and the
 * tables' text, no layout, no tree walk. False means certainly not a report.
 */
export function mightBeReport(doc: Document): boolean {
  const head = (doc.title ?? '') + (doc.querySelector('meta[name="ArticleTitle" i]')?.getAttribute('content') ?? '');
  if (/信息公开|政务公开|年报|年度报告/.test(head)) return true;
  const tables = doc.getElementsByTagName('table');
  // A report has a handful of tables; a page with hundreds is a data page, and only its first are looked at.
  // (Indexing, not .length: counting every table of a huge page is a walk of the whole page.)
  for (let i = 0; i < 200; i++) {
    const table = tables[i] as HTMLTableElement | undefined;
    if (!table) break;
    // Section three has two dozen rows: small tables (most of a page full of them) are not read.
    if ((table.rows?.length ?? 0) < 6) continue;
    const text = table.textContent ?? '';
    if (text.includes('新收') && text.includes('结转')) return true;
  }
  // No heading search: on a page without headings it would walk the whole page.
  return false;
}

/** The six section headings of the template, loosely. */
export const SECTION_HEADINGS = [
  /一\s*[、.．]\s*总体情况/,
  /二\s*[、.．]\s*主动公开政府信息情况/,
  /三\s*[、.．]\s*收到和处理政府信息公开申请情况/,
  /四\s*[、.．]\s*政府信息公开行政复议/,
  /五\s*[、.．]\s*(?:政府信息公开工作)?存在的主要问题/,
  /六\s*[、.．]\s*其他需要报告的事项/,
];

export function countSections(text: string): number {
  return SECTION_HEADINGS.reduce((n, p) => n + (p.test(text) ? 1 : 0), 0);
}

const ATTACHMENT = /\.(pdf|docx?|wps|xlsx?|ofd|zip|rar)(?:$|[?#])/i;

/** An attachment's kind from its address ("pdf", "docx", "wps"…), or "" when it names none. */
export function attachmentKind(href: string): string {
  return ATTACHMENT.exec(href)?.[1]?.toLowerCase() ?? '';
}

/** The attachments Gouji can read: PDF (its text layer) and Word .docx. */
export const READABLE_FILE = /\.(?:pdf|docx)(?:$|[?#])/i;

export interface Attachment {
  href: string;
  text: string;
}

export function findAttachments(doc: Document): Attachment[] {
  const out: Attachment[] = [];
  // One walk of the document for the links and the embedded viewers, not four (issue 18).
  const links: Element[] = [];
  const embedded: Record<EmbedTag, Element[]> = { iframe: [], embed: [], object: [] };
  for (const el of Array.from(doc.querySelectorAll('a,iframe,embed,object'))) {
    const tag = el.localName as EmbedTag | 'a';
    if (tag === 'a') links.push(el);
    else embedded[tag]?.push(el);
  }
  // A saved page's links resolve against the address it records, not the file or a placeholder.
  const own = isLocalAddress(doc.baseURI || doc.URL) ? pageAddress(doc) : null;
  for (let i = 0; i < links.length && out.length < 50; i++) {
    const a = links[i]!;
    const raw = a.getAttribute('href') ?? '';
    if (!ATTACHMENT.test(raw)) continue;
    // An SVG <a> has an object for href; only HTML anchors resolve to a string.
    const resolved = own ? resolveOr(raw, own) : (a as HTMLAnchorElement).href;
    const href = typeof resolved === 'string' && resolved ? resolved : raw;
    if (!out.some((x) => x.href === href)) out.push({ href, text: (a.textContent ?? '').trim() });
  }
  for (const file of embeddedFiles(doc, embedded)) if (out.length < 50 && !out.some((x) => x.href === file.href)) out.push(file);
  return out;
}

// A viewer page given the file in its query: /pdfjs/web/viewer.html?file=/upload/2024.pdf
const VIEWER_FILE = /[?&](?:file|url|src)=([^&#]+)/i;

/** Files shown in the page rather than linked: PDF viewers in an iframe, embed or object. */
type EmbedTag = 'iframe' | 'embed' | 'object';

function embeddedFiles(doc: Document, byTag: Record<EmbedTag, Element[]>): Attachment[] {
  const out: Attachment[] = [];
  const base = linkBase(doc);
  for (const [tag, attr] of [
    ['iframe', 'src'],
    ['embed', 'src'],
    ['object', 'data'],
  ] as const) {
    const els = byTag[tag];
    for (let i = 0; i < els.length && i < 50; i++) {
      let raw = els[i]!.getAttribute(attr) ?? '';
      const viewer = VIEWER_FILE.exec(raw);
      if (viewer) {
        try {
          raw = decodeURIComponent(viewer[1]!);
        } catch {
          continue;
        }
      }
      if (!ATTACHMENT.test(raw)) continue;
      try {
        out.push({ href: new URL(raw, base).href, text: '' });
      } catch {
        // An address that does not parse cannot be fetched either.
      }
    }
  }
  return out;
}

function resolveOr(raw: string, base: string): string {
  try {
    return new URL(raw, base).href;
  } catch {
    return raw;
  }
}
