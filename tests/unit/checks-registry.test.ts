import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../lib/checks';
import type { Finding } from '../../lib/model/finding';

const dir = fileURLToPath(new URL('../../lib/checks/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'types.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('check registry', () => {
  it('registers every check file, under its file name, once', () => {
    expect(CHECKS.map((c) => c.id).sort()).toEqual(files.sort());
  });

  it('keeps the list sorted by id', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
  });

  it.each(CHECKS.map((c) => [c.id, c] as const))('%s has zh-CN and en text', (id, check) => {
    const sample: Finding = {
      check: id,
      severity: 'error',
      at: { row: 'granted', col: 'natural_person' },
      expected: 3,
      actual: 2,
      cells: [{ row: 'granted', col: 'natural_person', raw: '2' }],
      data: { left: [1, 2], right: [2, 0], count: 1, wholeColumns: [], raw: ['1'], read: [1], label: 'x', attachments: [], explains: [], year: 2011 },
    };
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(check.describes[lang].length).toBeGreaterThan(3);
      expect(check.name[lang].length, `${id} has a ${lang} name`).toBeGreaterThan(1);
      const text = check.message[lang](sample);
      expect(text.length).toBeGreaterThan(5);
      expect(text).not.toMatch(/undefined|\[object/);
    }
    expect(check.message['zh-CN'](sample)).toMatch(/[\u4e00-\u9fff]/);
    expect(check.message.en(sample)).toMatch(/[A-Za-z]{3}/);
    expect(check.name['zh-CN']).toMatch(/^[\u4e00-\u9fff0-9（）]+$/);
    expect(check.name.en).toMatch(/^[A-Z][A-Za-z0-9 :-]+$/);
  });
});
