import { parseDocument } from './lite-dom';
import { auditDocument, auditText, resultWithMessages, type Audit } from '../lib/audit';
import type { PreviousReport } from '../lib/checks/types';
import { findPrevious } from '../lib/history';
import { auditOcr } from '../lib/ocr/audit-ocr';
import { auditPdf } from '../lib/pdf/audit-pdf';
import { READABLE_FILE } from '../lib/page/detect';
import type { AuditResult } from '../lib/model/schema';
import { formatTextReport } from '../lib/format/text-report';
import { htmlReport, type ReportItem } from '../lib/format/html-report';
import { writeFileSync } from 'node:fs';
import { readInput, type Input, type ReadOptions } from './read-input';
import { langOfArgs, parseArgs, usage, UsageError, type Options } from './args';
import { expandInputs } from './expand';
import { reasonOf } from './failure';
import { defaultLang } from './locale';
import { line, MESSAGES, unreadable, usageProblem, type Reason } from './messages';
import { mapPool } from './pool';
import { progressBar, summaryLine } from './progress';

export { parseArgs };

/**
 * `base`: where a saved page came from (--base), for its relative links (attachments) when it was
 * read from a file; without it they resolve against the address the page records, if any.
 */
export function auditInput(input: Input, previous: PreviousReport | null = null, base?: string): Audit {
  if (input.kind === 'text') return auditText(input.content, { source: input.source, previous });
  if (input.ocr && input.pictures) {
    const { title, published } = input.pictures;
    return auditOcr(input.ocr, parseDocument, { source: input.source, previous, url: input.url, title, published, kind: 'images' });
  }
  // A scan, or a PDF with some pages scanned (its text layer in `pages`).
  if (input.kind === 'pdf' && input.ocr) return auditOcr(input.ocr, parseDocument, { source: input.source, previous, url: input.url, textPages: input.pages });
  if (input.kind === 'pdf') return auditPdf(input.pages ?? [], parseDocument, { source: input.source, previous, url: input.url });
  // parse5 builds the tree a browser builds; the lite DOM over it costs next to nothing more.
  const audit = auditDocument(parseDocument(input.content, input.url ?? base ?? 'https://localhost/'), { source: input.source, previous });
  if (input.document && audit.result.detected) audit.result.document = { kind: input.document };
  return audit;
}

type Outcome = { source: string; input: Input; audit: Audit } | { source: string; reason: Reason };

/**
 * A report page on the web whose table is only in its PDF or Word attachment is audited from the
 * attachment (as the panel's batch does); `linkedFrom` keeps the page's address. A saved file's
 * links cannot be followed, and an attachment that cannot be read leaves the page's result.
 */
async function viaAttachment(source: string, input: Input, audit: Audit): Promise<Outcome | null> {
  const r = audit.result;
  if (!input.url || input.kind !== 'html' || !r.detected || r.tables.applications) return null;
  const link = (r.attachments ?? []).find((a) => READABLE_FILE.test(a.href) && /^https?:/i.test(a.href));
  if (!link) return null;
  try {
    const file = await readInput(link.href);
    const fileAudit = auditInput(file);
    if (!fileAudit.result.detected || !fileAudit.result.tables.applications) return null;
    fileAudit.result.linkedFrom = source;
    return { source, input: file, audit: fileAudit };
  } catch {
    return null;
  }
}

/**
 * A report page whose table is in neither its text nor an attachment, but shows pictures: they
 * are read by OCR (unless --no-ocr) and audited with the page's name; the page's own result
 * stands when they hold no table.
 */
async function viaPictures(source: string, input: Input, audit: Audit, options: ReadOptions): Promise<Outcome | null> {
  const r = audit.result;
  if (options.ocr === false || input.kind !== 'html' || input.document || !r.detected || r.tables.applications) return null;
  let ocr: Awaited<ReturnType<typeof import('./page-images').readPageImages>>;
  try {
    const { readPageImages } = await import('./page-images');
    ocr = await readPageImages(source, input.content, input.url, options.ocr?.onPage);
  } catch {
    // As for an attachment: pictures that cannot be read leave the page's own result (table not found).
    return null;
  }
  if (!ocr) return null;
  const pictures = { title: r.report?.title ?? null, published: r.report?.published ?? null };
  const read: Input = { ...input, ocr, pictures };
  const pictured = auditInput(read);
  return pictured.result.tables.applications ? { source, input: read, audit: pictured } : null;
}

/**
 * Audits every input; then each report whose agency's previous year is among the inputs is
 * audited again with it, so `gouji audit 2023.html 2024.html` checks the years against each other.
 */
async function auditAll(
  sources: string[],
  concurrency: number,
  read: (source: string) => ReadOptions,
  progress: (done: number) => void,
  base?: string,
): Promise<Outcome[]> {
  const outcomes = await mapPool(
    sources,
    concurrency,
    async (source): Promise<Outcome> => {
      try {
        const input = await readInput(source, read(source));
        const audit = auditInput(input, null, base);
        return (await viaAttachment(source, input, audit)) ?? (await viaPictures(source, input, audit, read(source))) ?? { source, input, audit };
      } catch (error) {
        return { source, reason: reasonOf(error) };
      }
    },
    progress,
  );
  const memos = outcomes.flatMap((o) => ('audit' in o && o.audit.memo ? [o.audit.memo] : []));
  for (const o of outcomes) {
    if (!('audit' in o) || !o.audit.memo) continue;
    const previous = findPrevious(memos, o.audit.memo.agency, o.audit.memo.year);
    if (!previous) continue;
    const linkedFrom = o.audit.result.linkedFrom;
    o.audit = auditInput(o.input, previous, base);
    if (linkedFrom) o.audit.result.linkedFrom = linkedFrom;
  }
  return outcomes;
}

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Where the default language comes from (LC_ALL, LC_MESSAGES, LANG); process.env when not given. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The clock of the run (the HTML report's time); the system's when not given. */
  now?: () => Date;
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  // The run's language is known before its arguments are checked, so that a usage error speaks it.
  const lang = langOfArgs(argv, defaultLang({ env: io.env ?? process.env }));
  let options: Options | 'help';
  try {
    options = parseArgs(argv, Boolean(io.stdout.isTTY), lang);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${line(usageProblem(error.problem, lang), lang)}\n\n${usage(lang)}\n`);
    return 2;
  }
  if (options === 'help') {
    io.stdout.write(usage(lang) + '\n');
    return 0;
  }
  const { sources, errors } = await expandInputs(options.inputs, options.lists, options.links, options.base);
  for (const e of errors) io.stderr.write(line(unreadable(e.source, e.reason, options.lang), options.lang) + '\n');
  const bar = progressBar(io.stderr, sources.length, options.lang);
  // OCR is slow (seconds a page): on a terminal, say which page of which scan is being read.
  const ocrLine = (source: string) => (page: number, pages: number) => {
    if (io.stderr.isTTY) io.stderr.write(`\r\x1b[K${MESSAGES[options.lang].ocrProgress(source, page, pages)}${page === pages ? '\r\x1b[K' : ''}`);
  };
  const read = (source: string): ReadOptions => ({ retries: options.retries, ocr: options.ocr && { onPage: ocrLine(source) } });
  const outcomes = await auditAll(sources, options.concurrency, read, bar.update, options.base);
  bar.done();
  let failed = errors.length > 0;
  // `--out FILE` gathers what would go to stdout and writes it once at the end.
  const chunks: string[] = [];
  const write = (s: string) => (options.out ? chunks.push(s) : io.stdout.write(s));
  const now = (io.now ?? (() => new Date()))().toISOString();
  // The HTML report is one document for the whole run, written when every input is done.
  const items: ReportItem[] = errors.map((e) => ({ source: e.source, error: unreadable(e.source, e.reason, options.lang) }));
  for (const outcome of outcomes) {
    if ('reason' in outcome) {
      failed = true;
      const error = unreadable(outcome.source, outcome.reason, options.lang);
      io.stderr.write(line(error, options.lang) + '\n');
      // `error` is in the run's language; `errorCode` says the same for programs, in any language.
      if (options.format === 'json') write(JSON.stringify({ schema: 'gouji.audit/1', source: outcome.source, error, errorCode: outcome.reason.code }) + '\n');
      if (options.format === 'html') items.push({ source: outcome.source, error });
      continue;
    }
    const result = outcome.audit.result;
    const shown: AuditResult = resultWithMessages(result, options.lang);
    if (options.format === 'json') write(JSON.stringify(shown) + '\n');
    else if (options.format === 'html') items.push({ result: shown, auditedAt: now });
    else write(formatTextReport(shown, { lang: options.lang, color: Boolean(io.stdout.isTTY) && !options.out }) + '\n');
  }
  if (options.format === 'html') write(htmlReport(items, { lang: options.lang, generatedAt: now }));
  if (options.out) {
    const text = chunks.join('');
    try {
      writeFileSync(options.out, text);
      io.stderr.write(line(MESSAGES[options.lang].wrote(options.out, Buffer.byteLength(text)), options.lang) + '\n');
    } catch (error) {
      io.stderr.write(
        line(MESSAGES[options.lang].outFailed(options.out, (error as NodeJS.ErrnoException).code ?? (error as Error).message), options.lang) + '\n',
      );
      failed = true;
    }
  }
  // The pages a browser would get, listed at the end: the extension's batch reads them in a tab.
  const needBrowser = outcomes.flatMap((o) => ('reason' in o && o.reason.code === 'not-document' && o.reason.needsBrowser ? [o.source] : []));
  if (needBrowser.length)
    io.stderr.write([line(MESSAGES[options.lang].needBrowser(needBrowser.length), options.lang), ...needBrowser.map((s) => `  ${s}`)].join('\n') + '\n');
  if (sources.length > 1 || options.links.length || options.lists.length) io.stderr.write(summaryLine(outcomes, options.lang) + '\n');
  return failed ? 1 : 0;
}
