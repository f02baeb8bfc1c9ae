import { JSDOM } from 'jsdom';
import { auditDocument, auditText, withMessages, type Audit } from '../lib/audit';
import type { Lang, PreviousReport } from '../lib/checks/types';
import { findPrevious } from '../lib/history';
import type { AuditResult } from '../lib/model/schema';
import { formatTextReport } from '../lib/format/text-report';
import { InputError, readInput, type Input } from './read-input';

const USAGE = `Usage: gouji audit <file-or-url>... [--format json|text] [--lang zh-CN|en]

Audits government information disclosure annual reports (政府信息公开工作年度报告):
HTML pages (any declared charset), .txt text exports, or http(s) URLs.
  --format json   one JSON object per input, one per line (default when piped)
  --format text   a readable report (default in a terminal)
  --lang zh-CN|en language of the findings' messages (default zh-CN)
Exit status: 0 every input audited, 1 an input could not be read, 2 bad usage.`;

interface Options {
  inputs: string[];
  format: 'json' | 'text';
  lang: Lang;
}

class UsageError extends Error {}

export function parseArgs(argv: string[], isTTY: boolean): Options | 'help' {
  const args = argv.slice();
  if (args[0] === '--help' || args[0] === '-h' || args[0] === 'help') return 'help';
  if (args[0] !== 'audit') throw new UsageError(args[0] ? `unknown command "${args[0]}"` : 'no command given');
  args.shift();
  const options: Options = { inputs: [], format: isTTY ? 'text' : 'json', lang: 'zh-CN' };
  while (args.length) {
    const arg = args.shift()!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--help' || flag === '-h') return 'help';
    if (flag === '--format') {
      const v = inline ?? args.shift();
      if (v !== 'json' && v !== 'text') throw new UsageError(`--format takes json or text, not "${v ?? ''}"`);
      options.format = v;
    } else if (flag === '--lang') {
      const v = inline ?? args.shift();
      if (v !== 'zh-CN' && v !== 'en' && v !== 'zh') throw new UsageError(`--lang takes zh-CN or en, not "${v ?? ''}"`);
      options.lang = v === 'zh' ? 'zh-CN' : v;
    } else if (flag.startsWith('-') && flag !== '-') {
      throw new UsageError(`unknown option "${flag}"`);
    } else options.inputs.push(arg);
  }
  if (!options.inputs.length) throw new UsageError('no input given');
  return options;
}

export function auditInput(input: Input, previous: PreviousReport | null = null): Audit {
  if (input.kind === 'text') return auditText(input.content, { source: input.source, previous });
  const dom = new JSDOM(input.content, { url: input.url ?? 'https://localhost/', contentType: 'text/html' });
  try {
    return auditDocument(dom.window.document, { source: input.source, previous });
  } finally {
    dom.window.close();
  }
}

type Outcome = { source: string; input: Input; audit: Audit } | { source: string; error: string };

/**
 * Audits every input; then each report whose agency's previous year is among the inputs is
 * audited again with it, so `gouji audit 2023.html 2024.html` checks the years against each other.
 */
async function auditAll(sources: string[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const source of sources) {
    try {
      const input = await readInput(source);
      outcomes.push({ source, input, audit: auditInput(input) });
    } catch (error) {
      outcomes.push({ source, error: error instanceof InputError ? error.message : `${source}: ${(error as Error).message}` });
    }
  }
  const memos = outcomes.flatMap((o) => ('audit' in o && o.audit.memo ? [o.audit.memo] : []));
  for (const o of outcomes) {
    if (!('audit' in o) || !o.audit.memo) continue;
    const previous = findPrevious(memos, o.audit.memo.agency, o.audit.memo.year);
    if (previous) o.audit = auditInput(o.input, previous);
  }
  return outcomes;
}

export async function main(argv: string[], io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseArgs(argv, Boolean(io.stdout.isTTY));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`gouji: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  let failed = false;
  for (const outcome of await auditAll(options.inputs)) {
    if ('error' in outcome) {
      failed = true;
      io.stderr.write(`gouji: ${outcome.error}\n`);
      if (options.format === 'json') io.stdout.write(JSON.stringify({ schema: 'gouji.audit/1', source: outcome.source, error: outcome.error }) + '\n');
      continue;
    }
    const result = outcome.audit.result;
    const shown: AuditResult = { ...result, findings: withMessages(result.findings, options.lang) };
    if (options.format === 'json') io.stdout.write(JSON.stringify(shown) + '\n');
    else io.stdout.write(formatTextReport(shown, { lang: options.lang, color: Boolean(io.stdout.isTTY) }) + '\n');
  }
  return failed ? 1 : 0;
}
