import type { Lang } from '../lib/model/finding';
import { MESSAGES, usageProblem, type UsageProblem } from './messages';

/** The usage text (`gouji --help`), in the run's language. */
export function usage(lang: Lang): string {
  return MESSAGES[lang].usage;
}

export interface Options {
  inputs: string[];
  lists: string[];
  links: string[];
  /** Where a saved --links page came from: its relative links resolve against it. */
  base?: string;
  concurrency: number;
  /** Retries of a 429 or 5xx answer. */
  retries: number;
  format: 'json' | 'text' | 'html';
  lang: Lang;
  /** Where the output goes instead of stdout (`--out FILE`). */
  out?: string;
  /** Read scans by OCR (`--no-ocr` turns it off). */
  ocr: boolean;
}

/** Bad usage (exit status 2); the problem is put into words in the run's language. */
export class UsageError extends Error {
  constructor(readonly problem: UsageProblem) {
    super(usageProblem(problem, 'en'));
  }
}

/** `--lang zh-CN|zh|en` → the language, or null when it is not one of those. */
function langValue(v: string): Lang | null {
  return v === 'zh-CN' || v === 'zh' ? 'zh-CN' : v === 'en' ? 'en' : null;
}

/**
 * The language a run speaks before its arguments are fully understood, so that even a usage
 * error is in it: the last well-formed `--lang` anywhere in the arguments, or the default.
 */
export function langOfArgs(argv: readonly string[], fallback: Lang): Lang {
  let lang = fallback;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : arg === '--lang' ? argv[i + 1] : undefined;
    const found = value === undefined ? null : langValue(value);
    if (found) lang = found;
  }
  return lang;
}

/** `lang` is the language when no `--lang` is given (the locale's; see locale.ts). */
export function parseArgs(argv: string[], isTTY: boolean, lang: Lang = 'zh-CN'): Options | 'help' {
  const args = argv.slice();
  if (args[0] === '--help' || args[0] === '-h' || args[0] === 'help') return 'help';
  if (args[0] !== 'audit') throw new UsageError(args[0] ? { code: 'unknown-command', command: args[0] } : { code: 'no-command' });
  args.shift();
  const options: Options = { inputs: [], lists: [], links: [], concurrency: 4, retries: 0, format: isTTY ? 'text' : 'json', lang, ocr: true };
  while (args.length) {
    const arg = args.shift()!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args.shift();
      if (v === undefined || v === '') throw new UsageError({ code: 'needs-value', flag });
      return v;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    if (flag === '--format') {
      const v = value();
      if (v !== 'json' && v !== 'text' && v !== 'html') throw new UsageError({ code: 'bad-format', value: v });
      options.format = v;
    } else if (flag === '--lang') {
      const v = value();
      options.lang = langValue(v) ?? fail({ code: 'bad-lang', value: v });
    } else if (flag === '--out') options.out = value();
    else if (flag === '--list') options.lists.push(value());
    else if (flag === '--links') options.links.push(value());
    else if (flag === '--base') {
      const v = value();
      if (!/^https?:\/\/[^/\s]+/i.test(v)) throw new UsageError({ code: 'bad-base', value: v });
      options.base = v;
    } else if (flag === '--concurrency') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1 || n > 16) throw new UsageError({ code: 'bad-concurrency' });
      options.concurrency = n;
    } else if (flag === '--retry') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 5) throw new UsageError({ code: 'bad-retry' });
      options.retries = n;
    } else if (flag === '--no-ocr') options.ocr = false;
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError({ code: 'unknown-option', flag });
    else options.inputs.push(arg);
  }
  if (!options.inputs.length && !options.lists.length && !options.links.length) throw new UsageError({ code: 'no-input' });
  return options;
}

function fail(problem: UsageProblem): never {
  throw new UsageError(problem);
}
