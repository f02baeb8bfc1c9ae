import type { CheckInput } from '../checks/types';
import type { ReadNote } from './types';

/** The reader's notes of one kind. */
export function notesOf<K extends ReadNote['kind']>(input: CheckInput, kind: K): Extract<ReadNote, { kind: K }>[] {
  return (input.applications?.notes ?? []).filter((n): n is Extract<ReadNote, { kind: K }> => n.kind === kind);
}
