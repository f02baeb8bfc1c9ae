import { describe, expect, it } from 'vitest';
import type { PreviousReport } from '../../lib/checks/types';
import { MAX_HISTORY, findPrevious, parseHistory, remember } from '../../lib/history';

const memo = (year: number, agency = '平潭综合实验区'): PreviousReport => ({
  year,
  agency,
  source: `https://www.pingtan.gov.cn/${year}.htm`,
  carriedForward: [1, 0, 0, 0, 0, 0, 1],
  sectionTwo: null,
  overview: '一、总体情况……',
  problems: null,
});

describe('history of audited reports', () => {
  it('finds last year of the same agency, ignoring spaces in the name', () => {
    const h = remember(remember([], memo(2023)), memo(2023, '其他机关'));
    expect(findPrevious(h, '平潭综合 实验区', 2024)?.source).toContain('2023');
    expect(findPrevious(h, '平潭综合实验区', 2025)).toBeNull();
    expect(findPrevious(h, null, 2024)).toBeNull();
  });

  it('replaces a report audited again and stays bounded', () => {
    let h: PreviousReport[] = [];
    for (let i = 0; i < MAX_HISTORY + 50; i++) h = remember(h, memo(1900 + i));
    h = remember(h, { ...memo(2000), source: 'again' });
    expect(h.length).toBe(MAX_HISTORY);
    expect(h.filter((x) => x.year === 2000)).toHaveLength(1);
    expect(h[h.length - 1]!.source).toBe('again');
  });

  it('falls back to empty on corrupt storage and drops malformed entries', () => {
    expect(parseHistory(undefined)).toEqual([]);
    expect(parseHistory('garbage')).toEqual([]);
    const parsed = parseHistory([memo(2023), { year: 'x' }, null, { ...memo(2022), carriedForward: [1, 2] }]);
    expect(parsed.map((p) => p.year)).toEqual([2023, 2022]);
    expect(parsed[1]!.carriedForward).toBeNull();
  });
});
