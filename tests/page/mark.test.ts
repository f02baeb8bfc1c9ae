import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDocument, resultWithMessages } from '../../lib/audit';
import { markFindings, showAllBlanks, unmarkAll } from '../../lib/live/mark';
import { cardItems } from '../../lib/live/card-items';
import type { Cause } from '../../lib/causes';
import { parseHtml } from '../helpers/dom';
import { FIXTURES } from '../helpers/fixtures';

function marked(name: string) {
  const doc = parseHtml(readFileSync(FIXTURES + name, 'utf8'));
  const { result, dom } = auditDocument(doc, { source: name });
  const worded = resultWithMessages(result, 'zh-CN');
  const marks = markFindings(doc, dom!, worded.findings, new Set(worded.findings.map((_, i) => i)), worded.causes as Cause[]);
  return { doc, worded, marks };
}
const text = (el: Element) => (el.textContent ?? '').trim();

describe('marks on the page (SPEC.md §4)', () => {
  it('the likeliest misprint is the primary mark: data-gouji="error" and data-gouji-suspect; its knock-on cells point to it', () => {
    const { doc, worded, marks } = marked('crafted/pingtan_2023_one_misprint.html');
    const suspect = [...doc.querySelectorAll('[data-gouji-suspect]')];
    expect(suspect.map(text)).toEqual(['25']);
    expect(suspect[0]!.getAttribute('data-gouji')).toBe('error');
    const knock = [...doc.querySelectorAll('[data-gouji-knock-on]')];
    expect(knock.map(text).sort()).toEqual(['22', '80']);
    expect(knock.every((el) => el.getAttribute('data-gouji') === 'error')).toBe(true);
    // The cards agree with the panel: the suspect says 25 → 22, a knock-on cell points at it, no 应为 83.
    const card = (el: Element) => cardItems(marks.get(el as HTMLElement)!, worded.findings, worded.causes as Cause[], 'zh-CN');
    expect(card(suspect[0]!)[0]).toMatchObject({ badge: '最可能的错填处', detail: '应为 22 · 表格 25 · 差 +3' });
    const total = knock.find((el) => text(el) === '80')!;
    expect(card(total).map((i) => i.text)).toEqual(['差 3，最可能源于 （一）予以公开·自然人 25 → 22']);
    expect(JSON.stringify(card(total))).not.toContain('应为 83');
  });

  it('a blank 总计 column that breaks twelve identities is one mark on its header, its cells quiet (上海 2019)', () => {
    const { doc } = marked('pages/shanghai_bgt_2019_decoded.html');
    const cause = [...doc.querySelectorAll('[data-gouji-cause]')];
    expect(cause.map(text)).toEqual(['总计']);
    expect(cause[0]!.getAttribute('data-gouji')).toBe('error');
    // Of the red marks only the header and the printed （七）总计 805 show; the blank cells are quiet.
    const loud = [...doc.querySelectorAll('[data-gouji="error"]:not([data-gouji-quiet])')].map(text);
    expect(loud.sort()).toEqual(['805', '总计']);
    showAllBlanks(doc, true);
    expect(doc.querySelectorAll('[data-gouji-quiet]').length).toBe(0);
    showAllBlanks(doc, false);
    expect(doc.querySelectorAll('[data-gouji-quiet]').length).toBeGreaterThan(19);
  });

  it('wholly blank columns are marked once on their headers, not 125 times (沭阳 2023)', () => {
    const { doc } = marked('pages/shuyang_fgj_2023.html');
    const visible = [...doc.querySelectorAll('[data-gouji]:not([data-gouji-quiet])')];
    expect(visible.length).toBeLessThanOrEqual(5);
    expect(visible.map(text).join()).toMatch(/商业/);
    expect(doc.querySelectorAll('[data-gouji-quiet]').length).toBe(125);
    unmarkAll(doc);
    expect(doc.querySelectorAll('[data-gouji],[data-gouji-quiet],[data-gouji-cause],#gouji-style').length).toBe(0);
  });
});
