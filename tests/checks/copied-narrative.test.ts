import { describe, expect, it } from 'vitest';
import type { PreviousReport } from '../../lib/checks/types';
import { overlap } from '../../lib/report/narrative';
import { inputOf, itMatchesTheCorpus, memoOf, page, run } from './helpers';

const ID = 'copied-narrative';

describe('overlap', () => {
  it('ignores figures, white space and punctuation', () => {
    const a = '2025年，我区共收到政府信息公开申请154件，均在法定期限内答复，办结率100%，群众满意度持续提升。';
    const b = '2024年, 我区共收到政府信息公开申请 218 件；均在法定期限内答复。办结率 100%；群众满意度持续提升';
    expect(overlap(a, b, { minLetters: 10 })!.share).toBe(1);
    expect(overlap(a, '完全不同的一段文字，讲述平台建设和监督保障的做法与成效。', { minLetters: 10 })!.share).toBe(0);
    expect(overlap('太短的文字', b)).toBeNull();
  });
});

describe('copied-narrative', () => {
  it('is silent across the pingtan series, rewritten each year (overview 4–10% shared)', () => {
    expect(run(ID, { ...inputOf(page('pingtan_2024')), previous: memoOf(page('pingtan_2023')) })).toEqual([]);
    expect(run(ID, { ...inputOf(page('pingtan_2025')), previous: memoOf(page('pingtan_2024')) })).toEqual([]);
  });

  it('fires on a 2025 report whose overview and problems are last year’s with new figures', () => {
    const input = inputOf(page('pingtan_2025'));
    const mine = memoOf(page('pingtan_2025'));
    const renumber = (s: string | null) => s!.replace(/\d/g, (d) => String((Number(d) + 3) % 10));
    const prev: PreviousReport = { ...mine, year: 2024, overview: renumber(mine.overview), problems: renumber(mine.problems) };
    const findings = run(ID, { ...input, previous: prev });
    expect(findings.map((f) => f.data?.part)).toEqual(['overview', 'problems']);
    for (const f of findings) {
      expect(f.severity).toBe('warning');
      expect(f.data!.share).toBe(1);
      expect((f.data!.passages as string[]).length).toBeGreaterThan(0);
      expect((f.data!.passages as string[])[0]!.length).toBeLessThanOrEqual(80);
    }
  });

  it('fires above the threshold only: half of the overview replaced stays silent', () => {
    const input = inputOf(page('pingtan_2025'));
    const mine = memoOf(page('pingtan_2025'));
    const overview = mine.overview!;
    const half: PreviousReport = { ...mine, year: 2024, overview: overview.slice(0, Math.floor(overview.length * 0.4)), problems: null };
    expect(run(ID, { ...input, previous: half })).toEqual([]);
    const most: PreviousReport = { ...half, overview: overview.slice(0, Math.floor(overview.length * 0.8)) };
    expect(run(ID, { ...input, previous: most })).toMatchObject([{ data: { part: 'overview' } }]);
  });

  it('needs an earlier year', () => {
    const input = inputOf(page('pingtan_2025'));
    expect(run(ID, { ...input, previous: { ...memoOf(page('pingtan_2025')) } })).toEqual([]);
  });

  describe('on every fixture, without last year', () => itMatchesTheCorpus(ID));
});
