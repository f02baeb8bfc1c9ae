import { reasonText, unreadable, type Reason } from './messages';

/**
 * An input that could not be read, and why. The reason is a code with its figures, put into words
 * only when it is printed, in the run's language; `message` is the English, for a stack trace.
 */
export class ReadFailure extends Error {
  constructor(readonly reason: Reason) {
    super(reasonText(reason, 'en'));
  }
}

/** A ReadFailure that knows which input it is about. */
export class InputError extends ReadFailure {
  constructor(
    readonly source: string,
    reason: Reason,
  ) {
    super(reason);
    this.message = unreadable(source, reason, 'en');
  }
}

/** Any error met while reading an input, as a reason: ours keep theirs, others are unexpected. */
export function reasonOf(error: unknown): Reason {
  if (error instanceof ReadFailure) return error.reason;
  return { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
}
