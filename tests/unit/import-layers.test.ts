import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { upwardImports } from '../helpers/layers';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('lib/ imports only downward (tests/helpers/layers.ts)', () => {
  const { upward, unlisted } = upwardImports(ROOT);
  it('every folder and top-level module of lib/ has a layer', () => {
    expect(unlisted).toEqual([]);
  });
  it('no import reaches a higher layer', () => {
    expect(upward.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });
});
