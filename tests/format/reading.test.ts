import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText, resultWithMessages } from '../../lib/audit';
import type { Lang } from '../../lib/model/finding';
import { readingText } from '../../lib/format/finding-fields';
import { formatMarkdown } from '../../lib/format/markdown';
import { formatSummary } from '../../lib/format/summary';
import { findingsRows, formatCsv } from '../../lib/format/table';
import { formatTextReport } from '../../lib/format/text-report';
import type { AuditResult } from '../../lib/model/schema';
import { audited, SAMPLE } from './audited';

/**
 * A finding built on cells read uncertainly — a row placed by its position (its label
 * misprinted), a table rebuilt from a PDF tool's text — says so in every copy, so that the
 * reader knows where to look twice; one read plainly from the page's table says nothing.
 */

function fromText(lang: Lang): AuditResult {
  const text = readFileSync(new URL('../fixtures/pdf/text/sample-report.layout.txt', import.meta.url), 'utf8');
  return resultWithMessages(auditText(text, { source: 'sample-report.layout.txt' }).result, lang);
}

/** The sample page with the cells of its first finding marked as placed by structure. */
function byStructure(lang: Lang): AuditResult {
  const result = audited(SAMPLE, lang);
  const [first, ...rest] = result.findings;
  return { ...result, findings: [{ ...first!, cells: first!.cells!.map((c) => ({ ...c, read: 'structure' as const })) }, ...rest] };
}

const copies = (result: AuditResult, lang: Lang) => ({
  summary: formatSummary(result, { lang }),
  markdown: formatMarkdown(result, { lang }),
  csv: formatCsv(findingsRows(result, lang)),
  text: formatTextReport(result, { lang, color: false }),
});

describe('uncertain readings are named in the copies', () => {
  it('a table rebuilt from text: every finding on its cells says 由文本重建 / rebuilt from text', () => {
    for (const [lang, word] of [
      ['zh-CN', '（由文本重建）'],
      ['en', '(rebuilt from text)'],
    ] as const) {
      const result = fromText(lang);
      const onCells = result.findings.filter((f) => f.cells?.some((c) => c.read === 'text'));
      expect(onCells.length).toBeGreaterThan(0);
      // One mention a finding on such cells, in each copy (a finding's line; causes are not findings).
      for (const [name, copy] of Object.entries(copies(result, lang))) expect(copy.split(word).length - 1, `${lang} ${name}`).toBe(onCells.length);
    }
  });

  it('a row placed by position: 按位置识别 / row placed by position, on that finding only', () => {
    for (const [lang, word] of [
      ['zh-CN', '按位置识别'],
      ['en', 'row placed by position'],
    ] as const) {
      const result = byStructure(lang);
      for (const [name, copy] of Object.entries(copies(result, lang))) expect(copy.split(word).length - 1, `${lang} ${name}`).toBe(1);
    }
  });

  it('cells read plainly from the page: nothing is added', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const result = audited(SAMPLE, lang);
      for (const f of result.findings) expect(readingText(f, lang)).toBe('');
      for (const [name, copy] of Object.entries(copies(result, lang)))
        expect(copy, `${lang} ${name}`).not.toMatch(/按位置识别|由文本重建|placed by position|rebuilt from text/);
    }
  });

  it('names each kind once, structure first', () => {
    const f = {
      check: 'row-total',
      severity: 'error' as const,
      at: {},
      cells: [
        { row: 'granted', col: 'total', read: 'text' },
        { row: 'granted', col: 'natural_person', read: 'structure' },
        { row: 'granted', col: 'commercial', read: 'text' },
      ],
    };
    expect(readingText(f as never, 'zh-CN')).toBe('（按位置识别、由文本重建）');
    expect(readingText(f as never, 'en')).toBe('(row placed by position; rebuilt from text)');
  });

  it("a page's pictures read by OCR: every copy names the picture, never a PDF page", () => {
    for (const [lang, word] of [
      ['zh-CN', '（第1张图片）'],
      ['en', '(picture 1)'],
    ] as const) {
      const sample = audited(SAMPLE, lang);
      const pictured = (f: AuditResult['findings'][number]) => ({
        ...f,
        cells: (f.cells ?? []).map((c) => ({
          ...c,
          read: 'ocr' as const,
          confidence: 0.97,
          pdf: [{ page: 1, box: [10, 10, 20, 12] as [number, number, number, number] }],
        })),
      });
      const result: AuditResult = { ...sample, document: { kind: 'images', pages: 1, ocr: true }, findings: sample.findings.map(pictured) };
      const onCells = result.findings.filter((f) => f.cells?.length);
      expect(onCells.length).toBeGreaterThan(0);
      for (const [name, copy] of Object.entries(copies(result, lang))) {
        expect(copy.split(word).length - 1, `${lang} ${name}`).toBe(onCells.length);
        expect(copy, `${lang} ${name}`).not.toMatch(/PDF第|PDF p\./);
      }
    }
  });
});
