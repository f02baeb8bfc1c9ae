import { describe, expect, it } from 'vitest';
import { textTwins, twinFindings } from './text-twins';

/**
 * The text pdftotext makes of every PDF fixture (scripts/pdftotext-fixtures.sh), with and without
 * -layout, and the text Chromium's PDF viewer copies (scripts/chromium-pdf-text.ts), audited as
 * text: it reads to the PDF's rows and arithmetic and reading findings, or it says the layout
 * cannot be read (text-unreadable) and builds no arithmetic on it. Which twins read in full is
 * pinned here, so that a regression (or a gain) shows. Those that stay unreadable print blank
 * cells with nothing to place them by: no positions (text without -layout, the viewer's copy puts
 * one space between figures), or figures whose order the tool scrambled (sample-report.raw).
 */
const READ_IN_FULL = new Set([
  'huaian_szf_2024.chromium',
  'huaian_szf_2024.layout',
  'huaian_szf_2024.raw',
  'pingtan_2019.layout',
  'pingtan_2019.raw',
  'pingtan_2019.chromium',
  'pingtan_2023.layout',
  'pingtan_2023.raw',
  'pingtan_2023.chromium',
  'pingtan_gwh_2025.layout',
  'pingtan_gwh_2025.raw',
  'pingtan_gwh_2025.chromium',
  'sample-report.layout',
  'sample-report-split.layout',
  'shanghai_bgt_2019_decoded.layout',
  'shuyang_fgj_2023.layout',
]);

const ARITHMETIC = new Set(['row-total', 'results-total', 'balance', 'suspect-cell']);

describe('pdftotext output of every PDF fixture audits like the PDF, or says it cannot', async () => {
  const twins = await textTwins();

  it("covers every PDF fixture in both modes, and in Chromium's copy", () => {
    const names = new Set(twins.map((t) => t.name));
    for (const mode of ['layout', 'raw', 'chromium'])
      expect(
        twins
          .filter((t) => t.mode === mode)
          .map((t) => t.name)
          .sort(),
        mode,
      ).toEqual([...names].sort());
  });

  it.each(twins.map((t) => [`${t.name}.${t.mode}`, t] as const))('%s', (id, twin) => {
    if (READ_IN_FULL.has(id)) {
      expect(twin.text.tables.applications?.rows).toEqual(twin.pdf.tables.applications?.rows);
      expect(twinFindings(twin.text)).toEqual(twinFindings(twin.pdf));
      expect(twin.unreadable).toBe(false);
      // Every cell a finding names was rebuilt from text, and says so.
      for (const f of twin.text.findings)
        for (const c of f.cells ?? [])
          if (f.at.section !== 'review' && !['review', 'litigation_direct', 'litigation_after_review'].includes(c.row))
            expect(c.read, `${f.check} ${c.row}/${c.col}`).toMatch(/^(text|structure)$/);
    } else {
      expect(twin.unreadable).toBe(true);
      expect(twin.text.findings.filter((f) => ARITHMETIC.has(f.check))).toEqual([]);
    }
    // Section four: the PDF's figures, or none (review-unreadable says why); never a sum on a misread.
    const values = twin.text.tables.reviewLitigation?.values;
    if (values?.some((v) => v !== null)) expect(values).toEqual(twin.pdf.tables.reviewLitigation?.values);
  });
});
