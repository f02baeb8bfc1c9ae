import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../lib/checks';

const dir = fileURLToPath(new URL('../../lib/checks/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['index.ts', 'types.ts', 'define.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));

describe('check registry', () => {
  it('registers every check file, under its file name, once', () => {
    const ids: string[] = CHECKS.map((c) => c.id);
    expect(files.filter((f) => !ids.includes(f)).map((f) => `lib/checks/${f}.ts is not in CHECKS (lib/checks/index.ts)`)).toEqual([]);
    expect(ids.filter((id) => !files.includes(id)).map((id) => `${id} is registered but has no file lib/checks/${id}.ts`)).toEqual([]);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('keeps the list sorted by id', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
  });

  it.each(CHECKS.map((c): [string, (typeof CHECKS)[number]] => [c.id, c]))(
    '%s has zh-CN and en names, and declares its severities and messages',
    (_id, check) => {
      for (const lang of ['zh-CN', 'en'] as const) {
        expect(check.describes[lang].length).toBeGreaterThan(3);
        expect(check.name[lang].length).toBeGreaterThan(1);
      }
      expect(check.name['zh-CN']).toMatch(/^[\u4e00-\u9fff0-9（）]+$/);
      expect(check.name.en).toMatch(/^[A-Z][A-Za-z0-9 :-]+$/);
      expect(check.severities.length).toBeGreaterThan(0);
      expect(check.messageIds.length).toBeGreaterThan(0);
    },
  );
});
