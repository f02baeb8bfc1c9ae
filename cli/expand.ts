import { access, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { parseDocument } from './lite-dom';
import { pageAddress } from '../lib/page/address';
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
export async function expandInputs(inputs: string[], lists: string[], links: string[], base?: string): Promise<{ sources: string[]; errors: ExpandError[] }> {
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
      const file = pathToFileURL(resolve(page)).href;
      // A fetched page's own URL; else --base; else the address the saved page records (reportLinks); else the file.
      const doc = parseDocument(input.content, input.url ?? base ?? file);
      const own = input.url ?? base ?? pageAddress(doc, input.content) ?? file;
      const found = reportLinks(doc, own);
      if (!found.length) errors.push({ source: page, reason: { code: 'no-report-links' } });
      const local = found.filter((l) => l.href.startsWith('file:'));
      // Relative links of a saved listing that name no saved file: one line that says how to fix it, not one per link.
      if (local.length && !(await anyExists(local.map((l) => fileURLToPath(l.href))))) {
        errors.push({ source: page, reason: { code: 'relative-links-no-address', links: local.length } });
        sources.push(...found.filter((l) => !l.href.startsWith('file:')).map((l) => l.href));
        continue;
      }
      for (const link of found) sources.push(link.href.startsWith('file:') ? fileURLToPath(link.href) : link.href);
    } catch (error) {
      errors.push({ source: page, reason: reasonOf(error) });
    }
  }
  return { sources, errors };
}

async function anyExists(paths: string[]): Promise<boolean> {
  for (const p of paths) {
    try {
      await access(p);
      return true;
    } catch {
      // try the next
    }
  }
  return false;
}
