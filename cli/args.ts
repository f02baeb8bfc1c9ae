import type { Lang } from '../lib/checks/types';

export const USAGE = `Usage: gouji audit <file-or-url>... [options]

Audits government information disclosure annual reports (政府信息公开工作年度报告):
HTML pages (any declared charset), PDF and Word .docx files, .txt text exports, or http(s) URLs
(a PDF needs its text layer: scans cannot be read).
  --list FILE       also audit every path or URL listed in FILE, one a line (# comments)
  --links PAGE      also audit every report linked from PAGE (a portal's listing; file or URL)
  --concurrency N   inputs read at once (default 4, at most 16)
  --format json     one JSON object per input, one per line, in input order (default when piped)
  --format text     a readable report (default in a terminal)
  --lang zh-CN|en   language of the findings' messages (default zh-CN)
Reports of one agency for consecutive years are checked against each other.
Exit status: 0 every input audited, 1 an input could not be read, 2 bad usage.`;

export interface Options {
  inputs: string[];
  lists: string[];
  links: string[];
  concurrency: number;
  format: 'json' | 'text';
  lang: Lang;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], isTTY: boolean): Options | 'help' {
  const args = argv.slice();
  if (args[0] === '--help' || args[0] === '-h' || args[0] === 'help') return 'help';
  if (args[0] !== 'audit') throw new UsageError(args[0] ? `unknown command "${args[0]}"` : 'no command given');
  args.shift();
  const options: Options = { inputs: [], lists: [], links: [], concurrency: 4, format: isTTY ? 'text' : 'json', lang: 'zh-CN' };
  while (args.length) {
    const arg = args.shift()!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args.shift();
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    if (flag === '--format') {
      const v = value();
      if (v !== 'json' && v !== 'text') throw new UsageError(`--format takes json or text, not "${v}"`);
      options.format = v;
    } else if (flag === '--lang') {
      const v = value();
      if (v !== 'zh-CN' && v !== 'en' && v !== 'zh') throw new UsageError(`--lang takes zh-CN or en, not "${v}"`);
      options.lang = v === 'zh' ? 'zh-CN' : v;
    } else if (flag === '--list') options.lists.push(value());
    else if (flag === '--links') options.links.push(value());
    else if (flag === '--concurrency') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1 || n > 16) throw new UsageError('--concurrency takes a whole number from 1 to 16');
      options.concurrency = n;
    } else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option "${flag}"`);
    else options.inputs.push(arg);
  }
  if (!options.inputs.length && !options.lists.length && !options.links.length) throw new UsageError('no input given');
  return options;
}
