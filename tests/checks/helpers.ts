import { readFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';
import { auditDocument, auditText, type Audit } from '../../lib/audit';
import { CHECKS_BY_ID } from '../../lib/checks';
import type { Check } from '../../lib/checks/define';
import type { CheckInput, PreviousReport } from '../../lib/checks/types';
import type { Finding } from '../../lib/model/finding';
import { parseHtml } from '../helpers/dom';
import { FIXTURES, listFixtures, type Fixture } from '../helpers/fixtures';

/** A real page of tests/fixtures/pages. */
export const page = (name: string): string => `${FIXTURES}pages/${name}.html`;

export function check(id: string): Check {
  const c = CHECKS_BY_ID.get(id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
}

export function audit(path: string, previous: PreviousReport | null = null): Audit {
  const content = readFileSync(path, 'utf8');
  if (path.endsWith('.txt')) return auditText(content, { source: path, previous });
  return auditDocument(parseHtml(content), { source: path, previous });
}

const cache = new Map<string, { audit: Audit; input: CheckInput | null }>();

/** The audit of a file (no previous report) and the CheckInput it built, caught on its way into a check. */
function cached(path: string): { audit: Audit; input: CheckInput | null } {
  const hit = cache.get(path);
  if (hit) return hit;
  const spy = vi.spyOn(check('balance'), 'run');
  try {
    const a = audit(path);
    const entry = { audit: a, input: spy.mock.calls[0]?.[0] ?? null };
    cache.set(path, entry);
    return entry;
  } finally {
    spy.mockRestore();
  }
}

/** The CheckInput the audit builds for a file (no previous report). */
export function inputOf(path: string): CheckInput {
  const { input } = cached(path);
  if (!input) throw new Error(`${path} is not a report: no check ran`);
  return input;
}

/** What the audit of a file remembers for next year's audit. */
export function memoOf(path: string): PreviousReport {
  const memo = cached(path).audit.memo;
  if (!memo) throw new Error(`${path} has no memo`);
  return memo;
}

/** The input with one section's text replaced (the full text follows). */
export function withSection(input: CheckInput, index: number, replace: (text: string) => string): CheckInput {
  if (!input.text) throw new Error('no text');
  const old = input.text.sections[index];
  if (old === null || old === undefined) throw new Error(`no section ${index + 1}`);
  const now = replace(old);
  if (now === old) throw new Error('the replacement changed nothing');
  const sections = input.text.sections.map((s, i) => (i === index ? now : s));
  return { ...input, text: { full: input.text.full.replace(old, now), sections } };
}

export const key = (f: { check: string; at?: { row?: string; col?: string } }): string => `${f.check} ${f.at?.row ?? ''} ${f.at?.col ?? ''}`.trim();

function expectedOf(fixture: Fixture, id: string): string[] {
  return (fixture.expected.findings ?? [])
    .filter((f) => f.check === id)
    .map(key)
    .sort();
}

/**
 * Every fixture audits to what its expected file lists for this check (nothing, on the clean
 * ones), including the fixtures whose findings the generic test does not compare.
 */
export function itMatchesTheCorpus(id: string): void {
  const fixtures = listFixtures();
  it('has fixtures to run on', () => expect(fixtures.length).toBeGreaterThan(20));
  it.each(fixtures.map((f) => [f.name, f] as const))('%s: as its expected file says', (_name, fixture) => {
    const { result } = cached(fixture.path).audit;
    const got = result.findings
      .filter((f) => f.check === id)
      .map(key)
      .sort();
    expect(got).toEqual(expectedOf(fixture, id));
  });
}

/** The check's findings with their sentences, which must read in both languages. */
export function run(id: string, input: CheckInput): Finding[] {
  const c = check(id);
  const findings = c.run(input);
  for (const f of findings) {
    for (const lang of ['zh-CN', 'en'] as const) {
      const text = c.message[lang](f);
      expect(text).not.toMatch(/undefined|\[object|NaN/);
    }
  }
  return findings;
}

export { listFixtures };
