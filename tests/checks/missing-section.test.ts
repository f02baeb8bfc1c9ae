import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { inputOf, itMatchesTheCorpus, page, run } from './helpers';

const ID = 'missing-section';

describe('missing-section', () => {
  it('names each absent section', () => {
    const input = inputOf(page('pingtan_2024'));
    expect(run(ID, input)).toEqual([]);
    const sections = input.text!.sections.map((s, i) => (i === 4 || i === 5 ? null : s));
    const findings = run(ID, { ...input, text: { ...input.text!, sections } });
    expect(findings.map((f) => f.data)).toEqual([
      { section: 5, part: 'heading' },
      { section: 6, part: 'heading' },
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('fires on the crafted report whose 五、存在的主要问题及改进情况 heading was deleted', () => {
    expect(run(ID, inputOf(`${FIXTURES}crafted/sample_2025_copied_from_2024.html`)).map((f) => f.data)).toEqual([{ section: 5, part: 'heading' }]);
  });

  it('names the tables of sections two and four when their headings stand without them', () => {
    const input = inputOf(page('pingtan_2024'));
    const findings = run(ID, { ...input, sectionTwo: { template: null, regulations: null, normative: null, feeAmount: null }, review: null });
    expect(findings.map((f) => f.data)).toEqual([
      { section: 2, part: 'table' },
      { section: 4, part: 'table' },
    ]);
  });

  it('fires on the synthetic pages whose section 二 is a bare heading', () => {
    expect(run(ID, inputOf(`${FIXTURES}synthetic/flattened_paragraphs.html`)).map((f) => f.data)).toEqual([{ section: 2, part: 'table' }]);
  });

  it('says nothing of pages that hold the report elsewhere, of old-format reports, or without text', () => {
    expect(run(ID, inputOf(`${FIXTURES}synthetic/attachment_only.html`))).toEqual([]);
    expect(run(ID, inputOf(`${FIXTURES}negatives/pingtan_nyj_2011_oldformat_report.html`))).toEqual([]);
    expect(run(ID, { ...inputOf(page('pingtan_2024')), text: null })).toEqual([]);
  });

  describe('on every fixture', () => itMatchesTheCorpus(ID));
});
