import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../lib/audit';
import { parseHtml } from './helpers/dom';
import { listFixtures } from './helpers/fixtures';
import { renderReportHtml, type MarkupStyle } from './helpers/render-report';
import { seedToReportInput } from './helpers/seed-text';

const STYLES: MarkupStyle[] = ['word-paste', 'cms-p-center', 'clean-thead', 'ueditor'];
const seeds = listFixtures().filter((f) => f.name.startsWith('seeds/'));

describe('each seed rendered as a real portal would audits like its text', () => {
  const cases = seeds.flatMap((seed) =>
    STYLES.flatMap((style) => [0, 9].map((splitAt) => [`${seed.name} ${style}${splitAt ? ' split' : ''}`, seed, style, splitAt] as const)),
  );
  it.each(cases)('%s', (_name, seed, style, splitAt) => {
    const input = seedToReportInput(readFileSync(seed.path, 'utf8'));
    const html = renderReportHtml(input, style, splitAt ? { splitAt } : {});
    const { result } = auditDocument(parseHtml(html), { source: seed.name });
    expect(result.detected).toBe(true);
    expect(result.report?.year).toBe(seed.expected.report?.year);
    expect(result.tables.applications?.rows).toEqual(seed.expected.rows);
    expect(result.tables.reviewLitigation?.values).toEqual(seed.expected.reviewLitigation);
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });
});
