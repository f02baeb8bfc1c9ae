import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../lib/checks';
import type { Check } from '../../lib/checks/define';
import { runCase, type CheckCases } from './tester';

const CASES = fileURLToPath(new URL('./cases/', import.meta.url));
const README = fileURLToPath(new URL('../../README.md', import.meta.url));

async function casesOf(id: string): Promise<CheckCases | null> {
  if (!existsSync(`${CASES}${id}.ts`)) return null;
  return ((await import(`./cases/${id}.ts`)) as { default: CheckCases }).default;
}

/** The check ids the README's “What it checks” table names (several to a row, in backticks). */
function readmeChecks(): Set<string> {
  const text = readFileSync(README, 'utf8');
  const table = text.slice(text.indexOf('## What it checks'), text.indexOf('\n## ', text.indexOf('## What it checks') + 5));
  const ids = new Set<string>();
  for (const line of table.split('\n')) {
    const first = line.startsWith('| `') ? line.split('|')[1]! : '';
    for (const m of first.matchAll(/`([a-z0-9-]+)`/g)) ids.add(m[1]!);
  }
  return ids;
}

describe('every check has its tester cases and its line in the README', () => {
  const inReadme = readmeChecks();
  for (const check of CHECKS as readonly Check[]) {
    it(`${check.id}: valid and invalid cases, every message id said, a README line`, async () => {
      const cases = await casesOf(check.id);
      const missing: string[] = [];
      if (!cases) missing.push(`tests/checks/cases/${check.id}.ts, exporting { valid, invalid } (see tests/checks/tester.ts)`);
      else {
        if (!cases.valid.length) missing.push(`a valid case in tests/checks/cases/${check.id}.ts`);
        if (!cases.invalid.length) missing.push(`an invalid case in tests/checks/cases/${check.id}.ts`);
      }
      if (!inReadme.has(check.id)) missing.push(`a line for \`${check.id}\` in the README's “What it checks” table`);
      expect(missing, `lib/checks/${check.id}.ts lacks:\n  - ${missing.join('\n  - ')}`).toEqual([]);
    });
  }
  it.each((CHECKS as readonly Check[]).map((c) => [c.id, c] as const))(
    '%s says a finding without its data (stored by an older version) plainly, without throwing',
    (_id, check) => {
      const bare = { check: check.id, severity: check.severities[0]!, at: {}, expected: 3, actual: 2 };
      expect(check.message['zh-CN'](bare)).toMatch(/[\u4e00-\u9fff]/);
      expect(check.message.en(bare)).toMatch(/[A-Za-z]{3}/);
    },
  );
  it('the README names no check that does not exist', () => {
    const known = new Set<string>(CHECKS.map((c) => c.id));
    expect([...readmeChecks()].filter((id) => !known.has(id))).toEqual([]);
  });
});

const ALL = await Promise.all((CHECKS as readonly Check[]).map(async (check) => ({ check, cases: await casesOf(check.id) })));

describe('CheckTester', () => {
  for (const { check, cases } of ALL) {
    if (!cases) continue;
    describe(check.id, () => {
      for (const c of cases.valid) {
        it(`valid: ${c.name}`, () => {
          expect(runCase(check, c)).toEqual([]);
        });
      }
      for (const c of cases.invalid) {
        it(`invalid: ${c.name}`, () => {
          const found = runCase(check, c);
          expect(found.length, `${check.id} found ${found.length} where the case expects ${c.findings.length}`).toBe(c.findings.length);
          c.findings.forEach((want, i) => expect(found[i]).toMatchObject(want));
          if (c.zh) expect(found.map((f) => check.message['zh-CN'](f))).toEqual(c.zh);
          if (c.en) expect(found.map((f) => check.message.en(f))).toEqual(c.en);
        });
      }
      it('says every one of its message ids in some invalid case', () => {
        const said = new Set(cases.invalid.flatMap((c) => runCase(check, c).map((f) => check.messageIdOf(f))));
        expect(
          check.messageIds.filter((m) => !said.has(m)),
          `message ids of ${check.id} no invalid case says`,
        ).toEqual([]);
      });
    });
  }
});
