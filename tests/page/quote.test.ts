import { describe, expect, it } from 'vitest';
import { findQuote, quoteIndex } from '../../lib/page/quote';
import { parseHtml } from '../helpers/dom';

const doc = parseHtml(
  '<html><body><p>2024年， 全区共<span>收到</span>申请 12 件。</p><script>var x = "收到申请";</script><p>其中本级 <b>收到</b> 3 件。</p></body></html>',
);

describe('quotes found in the page', () => {
  it('finds a sentence split across spans and padded with spaces, and ignores scripts', () => {
    const range = findQuote(quoteIndex(doc.body), '全区共收到申请12件');
    expect(range?.toString().replace(/\s/g, '')).toBe('全区共收到申请12件');
  });

  it('answers every quote from one walk of the page, as a walk per quote would', () => {
    const index = quoteIndex(doc.body);
    for (const quote of ['全区共收到申请12件', '其中本级收到3件', '收到申请', '不在页面上的话']) {
      expect(findQuote(index, quote)?.toString() ?? null).toBe(findQuote(quoteIndex(doc.body), quote)?.toString() ?? null);
    }
    expect(findQuote(index, '不在页面上的话')).toBeNull();
    expect(findQuote(index, '收到')).toBeNull(); // under four characters: too common to point at
  });
});
