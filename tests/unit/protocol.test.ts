import { describe, expect, it } from 'vitest';
import { handle, parseToContent, sendToBackground, sendToTab, type ToContent } from '../../lib/protocol';

describe('the message protocol (lib/protocol.ts)', () => {
  it('answers a message through its handler, at once or when its promise settles', async () => {
    const listener = handle<ToContent, null>(parseToContent, {
      'gouji/show-blanks': (m) => ({ shown: m.show }),
      'gouji/get': () => Promise.resolve({ result: null, auditedAt: null, error: 'not yet' }),
    });
    const replies: unknown[] = [];
    expect(listener({ type: 'gouji/show-blanks', show: true }, null, (r) => replies.push(r))).toBeUndefined();
    expect(listener({ type: 'gouji/get' }, null, (r) => replies.push(r))).toBe(true);
    await Promise.resolve();
    expect(replies).toEqual([{ shown: true }, { result: null, auditedAt: null, error: 'not yet' }]);
  });

  it('leaves unanswered what it has no handler for, what does not parse, and a handler that declines', () => {
    const listener = handle<ToContent, null>(parseToContent, { 'gouji/get': () => undefined });
    const replies: unknown[] = [];
    for (const raw of [{ type: 'gouji/get' }, { type: 'gouji/links' }, { type: 'gouji/locate', refs: [{ t: -1, r: 0, c: 0 }] }, 'gouji/get', null]) {
      expect(listener(raw, null, (r) => replies.push(r))).toBeUndefined();
    }
    expect(replies).toEqual([]);
  });

  it('parses what reaches the content script by hand: bounded refs, a bounded quote', () => {
    expect(parseToContent({ type: 'gouji/locate', refs: [{ t: 0, r: 1, c: 2 }], quote: 'x' })).toEqual({
      type: 'gouji/locate',
      refs: [{ t: 0, r: 1, c: 2 }],
      quote: 'x',
    });
    expect(parseToContent({ type: 'gouji/locate', refs: Array(501).fill({ t: 0, r: 0, c: 0 }) })).toBeNull();
    expect(parseToContent({ type: 'gouji/locate', refs: [{ t: 0, r: 0, c: 0 }], quote: 'x'.repeat(501) })).toEqual({
      type: 'gouji/locate',
      refs: [{ t: 0, r: 0, c: 0 }],
    });
    expect(parseToContent({ type: 'gouji/show-blanks', show: 'yes' })).toBeNull();
    expect(parseToContent({ type: 'gouji/evil' })).toBeNull();
  });

  it('sends the name and the payload as one message', async () => {
    const sent: unknown[] = [];
    await sendToBackground({ sendMessage: async (m) => void sent.push(m) }, 'gouji/inject', {});
    await sendToTab({ sendMessage: async (id, m) => void sent.push([id, m]) }, 7, 'gouji/show-blanks', { show: false });
    expect(sent).toEqual([{ type: 'gouji/inject' }, [7, { type: 'gouji/show-blanks', show: false }]]);
  });
});
