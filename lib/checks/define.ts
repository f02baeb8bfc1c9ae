import type { Finding, Lang, Severity, Texts } from '../model/finding';
import type { CheckInput } from './types';

/**
 * A check as data, in the manner of ESLint's rule `meta` and axe-core's rule metadata: what it
 * is called, what it looks at, the severities it may give, its sentences by message id — and a
 * `run` typed by the data its findings carry, so no reader of that data needs a cast.
 */

/** A finding of one check, its `data` typed as the check declares it. */
export type FindingOf<D> = Omit<Finding, 'data'> & { data: D };

/** A sentence in both languages, made from a finding of the check. */
export type Sentence<D> = Record<Lang, (f: FindingOf<D>) => string>;

/** The finding a check's `run` returns: the JSON finding less what the definition declares. */
export type Draft<D, S extends Severity = never> = Omit<Finding, 'check' | 'severity' | 'data' | 'message'> &
  ([D] extends [undefined] ? { data?: undefined } : { data: D }) &
  ([S] extends [never] ? { severity?: never } : { severity: S });

interface Common<Id extends string, D, M extends string> {
  id: Id;
  /** A short name for people: the check column of the copies and the CSV (ids stay in the JSON). */
  name: Texts;
  /** What the check looks at, for the settings page and the README. */
  describes: Texts;
  /** The check's sentences by message id; `pick` chooses one when there are several. */
  messages: Record<M, Sentence<D>>;
  pick?: (f: FindingOf<D>) => M;
}

/** A check whose findings all have one severity: `run` leaves it out. */
export interface CheckSpec<Id extends string, D, M extends string> extends Common<Id, D, M> {
  severity: Severity;
  run(input: CheckInput): Draft<D>[];
}

/** A check whose findings may have one of several severities: `run` names each one. */
interface SeveralSeverities<Id extends string, D, M extends string, S extends Severity> extends Common<Id, D, M> {
  severities: readonly S[];
  run(input: CheckInput): Draft<D, S>[];
}

/** What the registry holds: every reader of findings sees this shape. */
export interface Check<Id extends string = string, D = unknown> {
  readonly id: Id;
  readonly name: Texts;
  readonly describes: Texts;
  /** Every severity its findings may have. */
  readonly severities: readonly Severity[];
  /** Its message ids, the first the default. */
  readonly messageIds: readonly string[];
  run(input: CheckInput): Finding[];
  /** The sentence for one of its findings. */
  readonly message: Record<Lang, (f: Finding) => string>;
  /** The message id a finding of this check is said with. */
  messageIdOf(f: Finding): string;
  /** The data of one of its findings, as the check declares it. */
  dataOf(f: Finding): D;
}

export function defineCheck<const Id extends string, D = undefined, M extends string = 'default'>(spec: CheckSpec<Id, D, M>): Check<Id, D>;
export function defineCheck<const Id extends string, S extends Severity, D = undefined, M extends string = 'default'>(
  spec: SeveralSeverities<Id, D, M, S>,
): Check<Id, D>;
export function defineCheck(spec: CheckSpec<string, unknown, string> | SeveralSeverities<string, unknown, string, Severity>): Check {
  const severities = 'severities' in spec ? spec.severities : [spec.severity];
  const messageIds = Object.keys(spec.messages);
  const typed = (f: Finding) => f as FindingOf<unknown>;
  const messageIdOf = (f: Finding) => {
    let id = messageIds[0]!;
    try {
      if (spec.pick && f.data !== undefined) id = spec.pick(typed(f));
    } catch {
      // Data not of this check's shape: said plainly below.
    }
    return id in spec.messages ? id : messageIds[0]!;
  };
  // A finding that did not come from this run (stored by an older version, edited by hand) may
  // lack the data its sentence is made from: it is then said by name and figures, never thrown.
  const plain = (f: Finding, lang: Lang) => {
    const figures =
      f.actual === undefined
        ? ''
        : lang === 'en'
          ? ` (printed ${f.actual ?? 'blank'}, expected ${f.expected ?? '?'})`
          : `（页面 ${f.actual ?? '空白'}，应为 ${f.expected ?? '?'}）`;
    return spec.name[lang] + figures;
  };
  const say = (lang: Lang) => (f: Finding) => {
    try {
      return spec.messages[messageIdOf(f)]![lang](typed(f));
    } catch {
      return plain(f, lang);
    }
  };
  return {
    id: spec.id,
    name: spec.name,
    describes: spec.describes,
    severities,
    messageIds,
    // `check` and `severity` lead, as they always have in the JSON: the drafts keep their own order.
    run: (input) => spec.run(input).map(({ severity, ...rest }) => ({ check: spec.id, severity: severity ?? severities[0]!, ...rest }) as Finding),
    message: { 'zh-CN': say('zh-CN'), en: say('en') },
    messageIdOf,
    dataOf: (f) => f.data,
  };
}
