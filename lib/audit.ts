import { BUILT_ON_FIGURES, CHECKS, CHECKS_BY_ID, identityData, PROSE_CHECKS } from './checks';
import type { CheckInput, PreviousReport } from './checks/types';
import type { Finding, Lang } from './model/finding';
import { splitSections, type ReportText } from './report/sections';
import { readSectionTwo, type SectionTwo } from './report/section-two';
import type { AuditResult } from './model/schema';
import type { Template } from './model/keys';
import { countSections, findAttachments, mightBeReport, titleExcludesReport, titleNamesReport, type Attachment } from './page/detect';
import { domToText } from './page/dom-text';
import { headingInText, metaContent, pageTitle, readMetas, publishedInText, publishedInUrl, readMeta, type ReportMeta } from './page/metadata';
import { readDomTables, type DomTables } from './report/from-dom';
import { readTextTables } from './report/from-text';
import { findCauses, withCauseMessages } from './causes';
import type { ApplicationsTable, ReviewTable } from './report/types';

export const SCHEMA = 'gouji.audit/1';

export interface AuditOptions {
  source: string;
  /** Check ids the user turned off. */
  disabled?: readonly string[];
  /**
   * Last year's report of the same agency, when known (extension history, or another CLI input),
   * or a lookup by the agency and year this audit reads: one pass then serves the continuity
   * checks too (the page used to be audited twice when last year's report was known, issue 18).
   */
  previous?: PreviousReport | null | ((agency: string | null, year: number | null) => PreviousReport | null | undefined);
}

export interface Audit {
  result: AuditResult;
  applications: ApplicationsTable | null;
  review: ReviewTable | null;
  /** What next year's audit needs of this one (continuity checks); null when not a report. */
  memo: PreviousReport | null;
}

export interface DomAudit extends Audit {
  /** The tables read, so the page's cells can be found again from a finding's refs. */
  dom: DomTables | null;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const CHECK_ORDER: ReadonlyMap<string, number> = new Map(CHECKS.map((c, i): [string, number] => [c.id, i]));

/** Which checks run: all, those on the metadata and tables, or those on the report's text (PROSE_CHECKS). */
export type CheckPhase = 'all' | 'table' | 'prose';

export function runChecks(input: CheckInput, disabled: readonly string[] = [], phase: CheckPhase = 'all'): Finding[] {
  const findings: Finding[] = [];
  const unreliable = input.applications?.reliable === false;
  for (const check of CHECKS) {
    if (disabled.includes(check.id)) continue;
    if (unreliable && BUILT_ON_FIGURES.has(check.id)) continue;
    if (phase !== 'all' && PROSE_CHECKS.has(check.id) !== (phase === 'prose')) continue;
    findings.push(...check.run(input));
  }
  return sortFindings(findings);
}

/**
 * By severity, then the registry's order (stable: a check's own order kept), which keeps output
 * diffable — and makes the table's findings plus the prose's the same list as one run of all.
 */
export function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (CHECK_ORDER.get(a.check) ?? 0) - (CHECK_ORDER.get(b.check) ?? 0));
}

/** The result with every finding's and cause's sentence in the reader's language. */
export function resultWithMessages(result: AuditResult, lang: Lang): AuditResult {
  const findings = withMessages(result.findings, lang);
  return { ...result, findings, ...(result.causes ? { causes: withCauseMessages(result.causes, findings, lang) } : {}) };
}

/** Adds each finding's sentence in the reader's language (the edge of the system). */
export function withMessages<T extends Finding>(findings: T[], lang: Lang): T[] {
  return findings.map((f) => {
    const check = CHECKS_BY_ID.get(f.check);
    return check ? { ...f, message: check.message[lang](f) + readNote(f, lang) } : f;
  });
}

/**
 * Said after a finding built on cells read with less than full confidence, so the reader knows
 * where to look twice: a row taken by its place (not its label), a table rebuilt from text.
 */
export function readNote(f: Finding, lang: Lang): string {
  if (f.check === 'row-by-position' || f.check === 'text-unreadable') return '';
  const terms = identityData(f)?.terms ?? [];
  const reads = new Set([...(f.cells ?? []), ...terms].map((c) => c.read));
  if (reads.has('structure')) return lang === 'en' ? ' (row taken by position)' : '（此行按位置识别）';
  if (reads.has('text')) return lang === 'en' ? ' (table rebuilt from text)' : '（表格据文本还原）';
  return '';
}

function templateFor(applications: ApplicationsTable | null, year: number | null): Template | null {
  if (applications) return applications.template;
  if (year === null) return null;
  if (year < 2019) return null;
  return year < 2021 ? '2019' : '2021';
}

interface Read {
  detected: boolean;
  sectionTwo?: SectionTwo | null;
  meta: ReportMeta;
  applications: ApplicationsTable | null;
  review: ReviewTable | null;
  attachments: Attachment[];
  text: ReportText | null;
}

/** What is worth remembering of a report for next year's audit of the same agency. */
function memoOf(source: string, read: Read): PreviousReport | null {
  if (!read.detected || read.meta.year === null) return null;
  return {
    year: read.meta.year,
    agency: read.meta.agency,
    source,
    carriedForward: read.applications?.rows.carried_forward ?? null,
    sectionTwo: read.sectionTwo ?? readSectionTwo(read.text?.sections[1] ?? null),
    overview: read.text?.sections[0] ?? null,
    problems: read.text?.sections[4] ?? null,
  };
}

/** Last year's report for this audit: given, or looked up by the agency and year read. */
function previousOf(given: AuditOptions, read: Pick<Read, 'detected' | 'meta'>): PreviousReport | null {
  if (typeof given.previous !== 'function') return given.previous ?? null;
  return read.detected ? (given.previous(read.meta.agency, read.meta.year) ?? null) : null;
}

function inputOf(read: Read, previous: PreviousReport | null): CheckInput {
  const { meta, applications, review, attachments, text } = read;
  const template = templateFor(applications, meta.year);
  const sectionTwo = text ? (read.sectionTwo ??= readSectionTwo(text.sections[1] ?? null)) : null;
  return { meta, template, applications, review, attachments, text, sectionTwo, previous };
}

function resultOf(source: string, read: Read, previous: PreviousReport | null, findings: Finding[]): AuditResult {
  const { detected, meta, applications, review, attachments } = read;
  if (!detected) {
    return { schema: SCHEMA, source, detected: false, report: null, tables: { applications: null, reviewLitigation: null }, findings: [] };
  }
  return {
    schema: SCHEMA,
    source,
    detected: true,
    report: {
      title: meta.title,
      agency: meta.agency,
      year: meta.year,
      template: templateFor(applications, meta.year),
      published: meta.published,
      previous: previous ? { year: previous.year, source: previous.source } : null,
    },
    tables: {
      applications: applications ? { rows: applications.rows as Record<string, (number | null)[]>, columns: applications.columns } : null,
      reviewLitigation: review ? { values: review.values } : null,
    },
    findings,
    causes: findCauses(findings, applications),
    attachments,
  };
}

function assemble(source: string, read: Read, given: AuditOptions): AuditResult {
  const previous = previousOf(given, read);
  return resultOf(source, read, previous, read.detected ? runChecks(inputOf(read, previous), given.disabled) : []);
}

const NOT_A_REPORT_META: ReportMeta = { title: '', agency: null, year: null, yearFrom: null, published: null };

function countRead(table: ApplicationsTable | null): number {
  if (!table) return 0;
  return Object.values(table.cells).filter((cells) => cells?.some((c) => c.status !== 'missing')).length;
}

/** Where portals keep the article: reading only it skips navigation, footers and link lists. */
const ARTICLE_CONTAINERS = ['#UCAP-CONTENT', 'ucapcontent', '.trs_editor_view', '.TRS_Editor', '#zoom', '.article-content', '#ivs_content'];

const ANY_ARTICLE_CONTAINER = ARTICLE_CONTAINERS.join(',');

export function articleRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  // One walk for all the containers (issue 18): most pages have none of them, or one.
  const found = doc.querySelectorAll(ANY_ARTICLE_CONTAINER);
  if (found.length === 0) return body;
  // A lone element is the first match of every selector it matches: the loop below would take it.
  if (found.length === 1) return found[0]!.getElementsByTagName('table').length > 0 ? found[0]! : body;
  for (const selector of ARTICLE_CONTAINERS) {
    const el = doc.querySelector(selector);
    if (el && el.getElementsByTagName('table').length > 0) return el;
  }
  return body;
}

/** A page read as far as its tables; its text (a walk of the whole article) only when asked. */
interface PageRead {
  read: Read;
  dom: DomTables | null;
  /** The report's text cut at its six headings (read now if it was not yet); null when not a report. */
  text(): ReportText | null;
}

function readPage(doc: Document, source: string): PageRead {
  if (!mightBeReport(doc)) {
    return { read: { detected: false, meta: NOT_A_REPORT_META, applications: null, review: null, attachments: [], text: null }, dom: null, text: () => null };
  }
  const body = articleRoot(doc);
  let bodyText: string | null = null;
  // Most pages give the title, the date and the year in their metadata: the table is read first,
  // and the page's text only when something needs it (issue 18: table first, prose when idle).
  const pageText = () => (bodyText ??= domToText(body));
  const metas = readMetas(doc);
  const ownTitle = pageTitle(doc, metas);
  const title = titleNamesReport(ownTitle) ? ownTitle : (headingInText(pageText(), titleNamesReport) ?? ownTitle);
  const published =
    metaContent(metas, 'PubDate') ??
    metaContent(metas, 'firstpublishedtime') ??
    metaContent(metas, 'publishdate') ??
    publishedInText(pageText()) ??
    publishedInUrl(source.startsWith('http') ? source : (doc.URL ?? null));
  const agencyMeta = metaContent(metas, 'ContentSource') ?? metaContent(metas, 'SiteName');
  const meta = readMeta(title, pageText, published, agencyMeta);
  const dom = readDomTables(body, meta.year);
  let applications = dom.applications;
  let review = dom.review;
  // Pages that flatten the table into one paragraph per cell read as text.
  if (countRead(applications) < 3) {
    const fromText = readTextTables(pageText(), meta.year);
    if (countRead(fromText.applications) >= 3) {
      applications = fromText.applications;
      review = review ?? fromText.review;
    }
  }
  const attachments = findAttachments(doc);
  const hasTable = countRead(applications) >= 3;
  const named = titleNamesReport(title);
  const detected =
    !titleExcludesReport(title) &&
    (hasTable || (named && (attachments.length > 0 || (meta.year !== null && meta.year < 2019) || countSections(pageText()) >= 2)));
  const read: Read = { detected, meta, applications: hasTable ? applications : null, review, attachments, text: null };
  const text = () => (detected ? (read.text ??= splitSections(pageText())) : null);
  return { read, dom: detected ? dom : null, text };
}

function domAudit(source: string, page: PageRead, result: AuditResult, memo: boolean): DomAudit {
  const { read, dom } = page;
  return {
    result,
    applications: read.detected ? read.applications : null,
    review: read.detected ? read.review : null,
    dom,
    memo: memo ? memoOf(source, { ...read, text: page.text() }) : null,
  };
}

/** Audits a page. The document comes in as a parameter: the same code runs in the page and in Node. */
export function auditDocument(doc: Document, options: AuditOptions): DomAudit {
  const page = readPage(doc, options.source);
  page.text();
  return domAudit(options.source, page, assemble(options.source, page.read, options), true);
}

/** An audit in two parts: the table's now, the prose's when there is time (issue 18). */
export interface TableFirstAudit {
  /**
   * The checks on the metadata and the tables — identities, cell statuses, the reader's notes —
   * with their causes: what the marks, the pill and the badge need. No finding of PROSE_CHECKS
   * yet, and no memo.
   */
  table: DomAudit;
  /** Whether the prose checks are still to run. */
  readonly pending: boolean;
  /** Runs the prose checks on the same read (once): the whole audit, equal to auditDocument's. */
  finish(): DomAudit;
}

export function auditTableFirst(doc: Document, options: AuditOptions): TableFirstAudit {
  const source = options.source;
  const page = readPage(doc, source);
  const { read } = page;
  const previous = previousOf(options, read);
  const tableFindings = read.detected ? runChecks(inputOf(read, previous), options.disabled, 'table') : [];
  const table = domAudit(source, page, resultOf(source, read, previous, tableFindings), false);
  let done: DomAudit | null = read.detected ? null : { ...table, memo: memoOf(source, read) };
  return {
    table,
    get pending() {
      return done === null;
    },
    finish() {
      if (done) return done;
      read.text = page.text();
      const prose = runChecks(inputOf(read, previous), options.disabled, 'prose');
      const findings = sortFindings([...tableFindings, ...prose]);
      done = domAudit(source, page, resultOf(source, read, previous, findings), true);
      return done;
    },
  };
}

/** Audits text copied out of a report (PDF, Word, or a page). */
export function auditText(text: string, options: AuditOptions): Audit {
  const first = readTextTables(text, null, { layout: true });
  const meta = readMeta(first.title, text, publishedInText(text), null);
  const read = readTextTables(text, meta.year, { layout: true });
  const hasTable = countRead(read.applications) >= 3;
  const detected = hasTable || (titleNamesReport(first.title) && countSections(text) >= 2);
  const applications = hasTable ? read.applications : null;
  const all: Read = { detected, meta, applications, review: read.review, attachments: [], text: detected ? splitSections(text) : null };
  const result = assemble(options.source, all, options);
  return { result, applications: detected ? applications : null, review: detected ? read.review : null, memo: memoOf(options.source, all) };
}
