import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditDocument } from '../../lib/audit';
import { reportLinks } from '../../lib/page/links';
import { FIXTURES, listFixtures } from '../helpers/fixtures';
import { PAGE_URL, both, comparableAudit, treeDifferences } from './parity';
import { installStrictTraps } from './strict';

function htmlUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlUnder(path));
    else if (/\.html?$/i.test(entry.name)) out.push(path);
  }
  return out;
}

/** Every HTML fixture: those with an expected file, and any other page under tests/fixtures. */
const pages = [
  ...new Set([
    ...listFixtures()
      .map((f) => f.path)
      .filter((p) => /\.html?$/i.test(p)),
    ...htmlUnder(FIXTURES),
  ]),
].sort();

describe('lite DOM: every HTML fixture audits exactly as under jsdom', () => {
  // lib/ must read nothing of the DOM beyond what cli/lite-dom implements.
  beforeAll(installStrictTraps);

  it('finds the fixtures', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
  });

  it.each(pages.map((p) => [relative(FIXTURES, p), p] as const))('%s', (_name, path) => {
    const html = readFileSync(path, 'utf8');
    const { lite, ref } = both(html);
    const source = path;
    const got = auditDocument(lite, { source });
    const want = auditDocument(ref, { source });
    // Every finding, cell ref, table read and grid, with the page's cells compared by position.
    expect(comparableAudit(got, lite)).toStrictEqual(comparableAudit(want, ref));
    // A listing page's report links, resolved against the page's address.
    expect(reportLinks(lite, PAGE_URL)).toStrictEqual(reportLinks(ref, PAGE_URL));
  });

  it.each(pages.map((p) => [relative(FIXTURES, p), p] as const))('%s: the same tree, node for node', (_name, path) => {
    const { lite, ref } = both(readFileSync(path, 'utf8'));
    expect(treeDifferences(lite, ref, {})).toEqual([]);
  });
});
