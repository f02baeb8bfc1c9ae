import { describe, expect, it } from 'vitest';
import { resultWithMessages } from '../lib/audit';
import { auditFile, FIXTURES, listFixtures } from './helpers/fixtures';

/**
 * Every fixture's whole audit JSON (zh-CN sentences included), pinned byte for byte in
 * tests/__snapshots__/audits/: a refactor or a speed-up that changes any finding, cause, cell
 * reference or sentence shows here as a readable diff. After a deliberate change:
 * `npx vitest run tests/audit-snapshots.test.ts -u`, and read the diff before committing it.
 */
describe('every fixture audits to its pinned JSON', () => {
  for (const fixture of listFixtures()) {
    it(fixture.name, async () => {
      const { result } = auditFile(fixture.path);
      // The checkout's own folder is no part of the result.
      const json = JSON.stringify(resultWithMessages(result, 'zh-CN'), null, 1).split(FIXTURES).join('<fixtures>/');
      await expect(json + '\n').toMatchFileSnapshot(`./__snapshots__/audits/${fixture.name.replace(/[\\/]/g, '__')}.json`);
    });
  }
});

/**
 * The English sentences of every fixture's findings and causes, in one file: the JSON pins above
 * hold the zh-CN text, and a refactor of how messages are made must not change either language.
 */
describe('every fixture says the same in English', () => {
  it('messages.en.txt', async () => {
    const lines: string[] = [];
    for (const fixture of listFixtures()) {
      const en = resultWithMessages(auditFile(fixture.path).result, 'en');
      for (const f of en.findings) lines.push(`${fixture.name}\t${f.check}\t${f.message ?? ''}`);
      for (const c of en.causes ?? []) lines.push(`${fixture.name}\tcause:${c.kind}\t${c.message ?? ''}`);
    }
    await expect(lines.join('\n').split(FIXTURES).join('<fixtures>/') + '\n').toMatchFileSnapshot('./__snapshots__/messages.en.txt');
  });
});
