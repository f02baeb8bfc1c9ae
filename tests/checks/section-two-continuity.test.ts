import { describe, expect, it } from 'vitest';
import type { PreviousReport } from '../../lib/checks/types';
import { audit, inputOf, itMatchesTheCorpus, listFixtures, memoOf, page, run } from './helpers';

const ID = 'section-two-continuity';

describe('section-two-continuity', () => {
  it('fires on pingtan 2024 against 2023: 470 + 62 − 33 = 499, but 440 in force', () => {
    const findings = run(ID, { ...inputOf(page('pingtan_2024')), previous: memoOf(page('pingtan_2023')) });
    expect(findings).toMatchObject([
      { severity: 'warning', expected: 499, actual: 440, data: { kind: 'normative', previousInForce: 470, issued: 62, repealed: 33, previousYear: 2023 } },
    ]);
  });

  it('fires on pingtan 2025 against 2024: 440 + 58 − 45 = 453, but 546 in force', () => {
    const { result } = audit(page('pingtan_2025'), memoOf(page('pingtan_2024')));
    expect(result.findings.filter((f) => f.check === ID)).toMatchObject([{ expected: 453, actual: 546, data: { kind: 'normative' } }]);
  });

  it('is silent when last year’s figure makes the sum, and runs only against the year before on the 2021 template', () => {
    const input = inputOf(page('pingtan_2024'));
    const prev = memoOf(page('pingtan_2023'));
    const fitting: PreviousReport = { ...prev, sectionTwo: { ...prev.sectionTwo!, normative: { issued: 77, repealed: 132, inForce: 411 } } };
    expect(run(ID, { ...input, previous: fitting })).toEqual([]);
    expect(run(ID, { ...input, previous: { ...prev, year: 2022 } })).toEqual([]);
    expect(run(ID, { ...input, previous: { ...prev, sectionTwo: { ...prev.sectionTwo!, template: '2019' } } })).toEqual([]);
  });

  describe('on every fixture with section two: silent against a fitting last year, firing when it is one off', () => {
    const cases = listFixtures().filter((f) => f.expected.detected && f.expected.applications !== null && !f.name.includes('2019'));
    it.each(cases.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
      const input = inputOf(fixture.path);
      const two = input.sectionTwo;
      const n = two?.normative;
      if (two?.template !== '2021' || !n || n.issued === null || n.repealed === null || n.inForce === null) return;
      const fitting = { ...n, inForce: n.inForce - n.issued + n.repealed };
      const prev: PreviousReport = {
        year: input.meta.year! - 1,
        agency: input.meta.agency,
        source: 'x',
        carriedForward: null,
        sectionTwo: { ...two, regulations: null, normative: fitting },
        overview: null,
        problems: null,
      };
      expect(run(ID, { ...input, previous: prev })).toEqual([]);
      const off = { ...prev, sectionTwo: { ...prev.sectionTwo!, normative: { ...fitting, inForce: fitting.inForce! + 1 } } };
      expect(run(ID, { ...input, previous: off })).toMatchObject([{ expected: n.inForce + 1, actual: n.inForce }]);
    });
  });

  describe('on every fixture, without last year', () => itMatchesTheCorpus(ID));
});
