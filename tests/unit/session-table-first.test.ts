import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../lib/audit';
import { PROSE_CHECKS } from '../../lib/checks';
import { PageSession, type SessionOptions } from '../../lib/live/session';
import { parseHtml } from '../helpers/dom';
import { FIXTURES } from '../helpers/fixtures';

/**
 * The page session shows the table's verdict first and the prose checks' findings when the page
 * is idle (issue 18): nothing reassuring before everything was checked, nothing lost after.
 */
type Call = Parameters<SessionOptions['onAudited']>;

function open(name: string) {
  const html = readFileSync(FIXTURES + name, 'utf8');
  const doc = parseHtml(html);
  // The pill lives in a closed shadow root; opened here so the test can read it.
  const proto = doc.defaultView!.Element.prototype;
  const attach = proto.attachShadow;
  proto.attachShadow = function (init: ShadowRootInit) {
    return attach.call(this, { ...init, mode: 'open' });
  };
  const calls: Call[] = [];
  const session = new PageSession(doc, { lang: 'zh-CN', disabled: [], dismissed: [], onAudited: (...a) => void calls.push(a), onOpenPanel: () => undefined });
  const pill = () => doc.querySelector('gouji-ui[data-gouji-ui=pill]')?.shadowRoot?.querySelector('button')?.textContent ?? null;
  const marks = () => doc.querySelectorAll('[data-gouji]').length;
  return { html, doc, session, calls, pill, marks, whole: () => auditDocument(parseHtml(html), { source: doc.location.href }) };
}

const idle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('PageSession: table first, prose when idle', () => {
  it('a clean page: no ✓ while the text is unread, the badge waits; then 勾稽关系全部成立', async () => {
    const { session, calls, pill, whole } = open('pages/pingtan_2025.html');
    session.start();
    expect(session.pending).toBe(true);
    expect(pill()).toBe('勾稽：表格勾稽关系成立，正文核对中…');
    expect(calls).toEqual([]);
    await idle();
    expect(session.pending).toBe(false);
    expect(pill()).toBe('勾稽关系全部成立');
    expect(calls).toHaveLength(1);
    const [result, , memo, verdict, partial] = calls[0]!;
    expect(partial).toBe(false);
    expect(verdict.kind).toBe('holds');
    expect(memo).not.toBeNull();
    expect(JSON.stringify(result)).toBe(JSON.stringify(whole().result));
  });

  it('a page with errors: marks and the badge at once, the prose findings after', async () => {
    const { session, calls, pill, marks, whole } = open('crafted/sample_2025_copied_from_2024.html');
    session.start();
    const first = session.audit!.result.findings;
    expect(first.length).toBeGreaterThan(0);
    expect(first.filter((f) => PROSE_CHECKS.has(f.check))).toEqual([]);
    expect(marks()).toBeGreaterThan(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]![4]).toBe(true);
    expect(calls[0]![2]).toBeNull();
    const tablePill = pill();
    expect(tablePill).toMatch(/^勾稽：\d+ 处错误/);
    // The panel asks: the prose checks run now, not at the next idle moment.
    const done = session.finish()!;
    expect(session.pending).toBe(false);
    expect(JSON.stringify(done.result)).toBe(JSON.stringify(whole().result));
    expect(done.result.findings.some((f) => PROSE_CHECKS.has(f.check))).toBe(true);
    expect(calls).toHaveLength(2);
    expect(calls[1]![4]).toBe(false);
    expect(JSON.stringify(calls[1]![0])).toBe(JSON.stringify(whole().result));
    expect(pill()).not.toBe(tablePill);
    expect(marks()).toBeGreaterThan(0);
    await idle();
    expect(calls).toHaveLength(2);
  });

  it('prose that adds nothing leaves the page alone: the same pill element, the same marks', async () => {
    const { doc, session, calls, pill, marks } = open('samples/sample-report.html');
    session.start();
    const host = doc.querySelector('gouji-ui[data-gouji-ui=pill]');
    const card = doc.querySelector('gouji-ui[data-gouji-ui=card]');
    const before = { pill: pill(), marks: marks() };
    await idle();
    expect(session.pending).toBe(false);
    expect(doc.querySelector('gouji-ui[data-gouji-ui=pill]')).toBe(host);
    expect(doc.querySelector('gouji-ui[data-gouji-ui=card]')).toBe(card);
    expect({ pill: pill(), marks: marks() }).toEqual(before);
    expect(calls.map((c) => c[4])).toEqual([true, false]);
  });

  it('a page that is no report: nothing on the page, no badge', async () => {
    const { session, calls, pill, marks } = open('negatives/pingtan_czj_guide_2024.html');
    session.start();
    await idle();
    expect(session.audit?.result.detected).toBe(false);
    expect(calls).toEqual([]);
    expect(pill()).toBeNull();
    expect(marks()).toBe(0);
    session.destroy();
  });

  it('destroy() before idle time: the prose checks never run, nothing is left on the page', async () => {
    const { session, calls, pill, marks } = open('samples/sample-report.html');
    session.start();
    session.destroy();
    await idle();
    expect(calls).toHaveLength(1);
    expect(pill()).toBeNull();
    expect(marks()).toBe(0);
  });
});
