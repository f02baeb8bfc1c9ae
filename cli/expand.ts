import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { parseDocument } from './lite-dom';
import { reportLinks } from '../lib/page/links';
import { reasonOf } from './failure';
import type { Reason } from './messages';
import { readInput } from './read-input';

/** A --list or --links argument that gave no inputs, and why. */
export interface ExpandError {
  source: string;
  reason: Reason;
}

/** The inputs of one run: the arguments, then the lines of each --list, then each --links page's reports. */
export async function expandInputs(inputs: string[], lists: string[], links: string[]): Promise<{ sources: string[]; errors: ExpandError[] }> {
  const sources = [...inputs];
  const errors: ExpandError[] = [];
  for (const list of lists) {
    try {
      const text = await readFile(list, 'utf8');
      for (const line of text.split(/\r?\n/)) {
        const s = line.trim();
        if (s && !s.startsWith('#')) sources.push(s);
      }
    } catch {
      errors.push({ source: list, reason: { code: 'list-unreadable' } });
    }
  }
  for (const page of links) {
    try {
      const input = await readInput(page);
      const base = input.url ?? pathToFileURL(resolve(page)).href;
      const doc = parseDocument(input.content, base);
      const found = reportLinks(doc, base);
      if (!found.length) errors.push({ source: page, reason: { code: 'no-report-links' } });
      for (const link of found) sources.push(link.href.startsWith('file:') ? fileURLToPath(link.href) : link.href);
    } catch (error) {
      errors.push({ source: page, reason: reasonOf(error) });
    }
  }
  return { sources, errors };
}
