import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

// A property run by fc.assert directly would take a random seed of its own in CI, scale with no
// sweep and shrink without bound: every one goes through tests/helpers/property.ts (issue 12).
describe('property tests', () => {
  it('all run through assertProperty', () => {
    const direct = [...files(join(ROOT, 'tests')), ...files(join(ROOT, 'lib'))]
      .filter((f) => !f.endsWith(join('helpers', 'property.ts')) && !f.endsWith('runs-through-helper.test.ts'))
      .filter((f) => /\bfc\.(assert|check)\s*\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(direct).toEqual([]);
  });

  it('are found where the deep sweep looks', () => {
    const using = files(join(ROOT, 'tests')).filter((f) => /\bassertProperty\s*\(/.test(readFileSync(f, 'utf8')) && f.endsWith('.test.ts'));
    // The deep sweep runs the whole unit project: a property under tests/e2e would escape it.
    expect(using.filter((f) => relative(ROOT, f).startsWith(join('tests', 'e2e')))).toEqual([]);
    expect(using.length).toBeGreaterThanOrEqual(5);
  });
});
