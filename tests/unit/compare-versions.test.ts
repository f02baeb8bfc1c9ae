import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../lib/audit';
import { compareVersions } from '../../lib/report/compare-versions';
import { parseHtml } from '../helpers/dom';
import { FIXTURES } from '../helpers/fixtures';

const audit = (html: string) => auditDocument(parseHtml(html), { source: 'x' }).result;
const sample = readFileSync(`${FIXTURES}samples/sample-report.html`, 'utf8');

describe('a report page against its attachment', () => {
  it('finds no difference between identical tables', () => {
    expect(compareVersions(audit(sample), audit(sample))).toEqual([]);
  });

  it('names each cell the two print differently', () => {
    const page = audit(sample);
    const rows = structuredClone(page.tables.applications!.rows);
    rows.granted![0] = rows.granted![0]! + 1;
    rows.carried_forward![6] = null;
    const attachment = { ...page, tables: { ...page.tables, applications: { ...page.tables.applications!, rows } } };
    expect(compareVersions(page, attachment)).toEqual([
      { row: 'granted', col: 'natural_person', page: page.tables.applications!.rows.granted![0], attachment: rows.granted![0] },
      { row: 'carried_forward', col: 'total', page: page.tables.applications!.rows.carried_forward![6], attachment: null },
    ]);
  });

  it('has nothing to compare when either side has no table', () => {
    const page = audit(sample);
    expect(compareVersions(page, { ...page, tables: { applications: null, reviewLitigation: null } })).toBeNull();
  });
});
