import type { ReadNote } from '../../report/types';
import { defineCheck, type Check, type CheckSpec, type Draft } from '../define';
import type { CheckInput } from '../types';

export type NoteOf<K extends ReadNote['kind']> = Extract<ReadNote, { kind: K }>;

/** The reader's notes of one kind. */
export function notesOf<K extends ReadNote['kind']>(input: CheckInput, kind: K): NoteOf<K>[] {
  return (input.applications?.notes ?? []).filter((n): n is NoteOf<K> => n.kind === kind);
}

/**
 * The rows the reader could not place as printed (missing, unmatched, duplicate, ragged, taken by
 * position, out of order) and text it could not rebuild: one finding per note of the reader's.
 */
export function noteCheck<const Id extends string, K extends ReadNote['kind'], D = undefined, M extends string = 'default'>(
  spec: Omit<CheckSpec<Id, D, M>, 'run'> & { note: K; finding(note: NoteOf<K>, input: CheckInput): Draft<D> },
): Check<Id, D> {
  const { note, finding, ...meta } = spec;
  return defineCheck<Id, D, M>({ ...meta, run: (input) => notesOf(input, note).map((n) => finding(n, input)) });
}
