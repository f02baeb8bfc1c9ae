import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDocument, resultWithMessages } from '../../lib/audit';
import { confidencePercent } from '../../lib/report/identities';
import { FIXTURES } from '../helpers/fixtures';
import { parseHtml } from '../helpers/dom';

const SAMPLE = FIXTURES + 'samples/sample-report.html';

/** The sample report (4 errors) as if its section-three figures had all been read by OCR with `confidence`. */
function readByOcr(confidence: number) {
  const doc = parseHtml(readFileSync(SAMPLE, 'utf8'));
  const table = Array.from(doc.getElementsByTagName('table')).find((t) => (t.textContent ?? '').includes('本年新收'))!;
  for (const row of Array.from(table.rows))
    for (const cell of Array.from(row.cells)) if (/^\s*\d+\s*$/.test(cell.textContent ?? '')) cell.setAttribute('data-ocr', String(confidence));
  return resultWithMessages(auditDocument(doc, { source: SAMPLE }).result, 'zh-CN');
}

describe('ocr-uncertain', () => {
  it('a table read with doubt: no arithmetic error is built on it, and each doubtful figure is named', () => {
    const plain = auditDocument(parseHtml(readFileSync(SAMPLE, 'utf8')), { source: SAMPLE }).result;
    expect(plain.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
    const doubtful = readByOcr(0.896);
    expect(doubtful.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const named = doubtful.findings.filter((f) => f.check === 'ocr-uncertain');
    expect(named.length).toBeGreaterThan(100);
    for (const f of named) {
      expect(f.severity).toBe('warning');
      expect(f.cells).toEqual([expect.objectContaining({ read: 'ocr', confidence: 0.896 })]);
      // Said as 89 %, never as the threshold it falls short of.
      expect(f.message).toContain('89%');
    }
  });

  it('a table read surely: its errors stand, read by OCR, and nothing is said doubtful', () => {
    const sure = readByOcr(0.97);
    expect(sure.findings.filter((f) => f.check === 'ocr-uncertain')).toEqual([]);
    const errors = sure.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.flatMap((f) => f.cells ?? []).every((c) => c.read === 'ocr')).toBe(true);
    // Each says what was read there: the figure the panel shows beside the cell's crop.
    for (const cell of errors.flatMap((f) => f.cells ?? [])) expect(cell.raw).toMatch(/^\d*$/);
  });

  it('rounds a confidence down to a whole percentage', () => {
    expect(confidencePercent(0.896)).toBe(89);
    expect(confidencePercent(0.9)).toBe(90);
    expect(confidencePercent(1)).toBe(100);
    expect(confidencePercent(0.07)).toBe(7);
  });
});
