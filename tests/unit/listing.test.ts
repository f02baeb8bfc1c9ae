import { describe, expect, it } from 'vitest';
import { listingCandidates, previousYearLink } from '../../lib/page/listing';

describe('finding last year’s report', () => {
  it('guesses the listing from the report address, dated folders skipped', () => {
    expect(listingCandidates('https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm')).toEqual([
      'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/',
      'https://www.pingtan.gov.cn/zwgk/zfxxgk/',
      'https://www.pingtan.gov.cn/zwgk/',
    ]);
    expect(listingCandidates('not a url')).toEqual([]);
  });

  it('picks the same agency’s report of the year before', () => {
    const links = [
      { href: 'a', title: '平潭综合实验区2025年度政府信息公开工作年度报告' },
      { href: 'b', title: '平潭综合实验区财政金融局2024年度政府信息公开工作年度报告' },
      { href: 'c', title: '平潭综合实验区2024年度政府信息公开工作年度报告' },
    ];
    expect(previousYearLink(links, '平潭综合实验区', 2025)?.href).toBe('c');
    expect(previousYearLink(links, '平潭综合实验区财政金融局', 2025)?.href).toBe('b');
    expect(previousYearLink(links, '平潭综合实验区', 2026)?.href).toBe('a');
    expect(previousYearLink(links, '平潭综合实验区', 2027)).toBeNull();
  });
});
