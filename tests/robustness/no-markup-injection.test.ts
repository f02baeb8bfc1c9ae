import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIRS = ['lib', 'components', 'entrypoints', 'cli'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(?:ts|tsx)$/.test(f) ? [p] : [];
  });
}

/** Text from pages is only ever rendered as text: no markup sinks, no code from strings. */
const SINKS = [
  /\.innerHTML\s*=/,
  /\.outerHTML\s*=/,
  /dangerouslySetInnerHTML/,
  /insertAdjacentHTML/,
  /document\.write\s*\(/,
  /\beval\s*\(/,
  /new Function\s*\(/,
  /setTimeout\s*\(\s*['"`]/,
];

describe('isolation', () => {
  const all = DIRS.flatMap((d) => files(join(ROOT, d)));

  it('reads the source it means to read', () => {
    expect(all.length).toBeGreaterThan(30);
    expect(all.some((f) => f.endsWith('overlay.ts'))).toBe(true);
  });

  it.each(SINKS.map((s) => [s.source, s] as const))('no %s in the extension or the CLI', (_name, sink) => {
    const hits = all.filter((f) => sink.test(readFileSync(f, 'utf8'))).map((f) => f.slice(ROOT.length));
    expect(hits).toEqual([]);
  });

  it('renders its in-page UI in closed shadow roots', () => {
    const overlay = readFileSync(join(ROOT, 'lib/live/overlay.ts'), 'utf8');
    expect(overlay).toMatch(/attachShadow\(\{ mode: 'closed' \}\)/);
    expect(overlay).not.toMatch(/mode: 'open'/);
  });
});
