import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { inputOf, itMatchesTheCorpus, page, run } from './helpers';

const ID = 'template-mismatch';
const withYear = (input: ReturnType<typeof inputOf>, year: number) => ({ ...input, meta: { ...input.meta, year } });

describe('template-mismatch', () => {
  it('fires on the crafted 2024 report laid out on the 2019 template: section three and section two', () => {
    const findings = run(ID, inputOf(`${FIXTURES}crafted/sample_2024_old_template.html`));
    expect(findings.map((f) => f.data?.part).sort()).toEqual(['applications', 'section-two']);
    for (const f of findings) expect(f).toMatchObject({ severity: 'warning', data: { expected: '2021', found: '2019', year: 2024 } });
  });

  it('fires on the 2019 tables of pingtan_2019 read as a report on 2021', () => {
    const input = inputOf(page('pingtan_2019'));
    expect(run(ID, input)).toEqual([]);
    expect(run(ID, withYear(input, 2020))).toEqual([]);
    expect(
      run(ID, withYear(input, 2021))
        .map((f) => f.data?.part)
        .sort(),
    ).toEqual(['applications', 'section-two']);
  });

  it('fires on the 2021 tables of pingtan_2023 read as a report on 2020', () => {
    const input = inputOf(page('pingtan_2023'));
    expect(run(ID, input)).toEqual([]);
    const findings = run(ID, withYear(input, 2020));
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({ data: { expected: '2019', found: '2021' } });
  });

  it('says nothing for years before 2019, or when the page shows no （六） rows and no section-two columns', () => {
    const input = inputOf(page('pingtan_2023'));
    expect(run(ID, withYear(input, 2018))).toEqual([]);
    const table = input.applications!;
    const bare = {
      ...table,
      labels: { ...table.labels, other_overdue_correction: undefined, other_overdue_fee: undefined, other_misc: undefined },
      cells: { ...table.cells, other_overdue_correction: undefined, other_overdue_fee: undefined, other_misc: undefined },
    };
    expect(run(ID, { ...withYear(input, 2020), applications: bare, sectionTwo: null })).toEqual([]);
  });

  describe('on every fixture', () => itMatchesTheCorpus(ID));
});
