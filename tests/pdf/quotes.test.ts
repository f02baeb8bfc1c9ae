import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../../cli/pdf-pages';
import { auditPdf } from '../../lib/pdf/audit-pdf';
import { formatSummary } from '../../lib/format/summary';
import { withMessages } from '../../lib/audit';
import { parseHtml } from '../helpers/dom';

const printed = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/pdf/printed/${name}.pdf`, import.meta.url)));

describe('findings that quote the prose of a PDF', async () => {
  const pages = await pdfPages(printed('pingtan_gwh_2025'));
  const { result } = auditPdf(pages, parseHtml, { source: 'gwh.pdf' });
  const prose = result.findings.find((f) => f.check === 'prose-vs-table')!;

  it('point at the lines the quoted sentence was printed on', () => {
    expect(prose.data?.quote).toMatch(/34件/);
    expect(prose.pdf?.length).toBeGreaterThan(0);
    // The text printed inside the boxes holds the figure the sentence states.
    const inside = prose.pdf!.flatMap(({ page, box: [x, y, w, h] }) =>
      pages[page - 1]!.items.filter((i) => i.x >= x - 1 && i.x <= x + w + 1 && i.y >= y && i.y <= y + h + 1).map((i) => i.text),
    );
    expect(inside.join('')).toMatch(/34\s*件/);
  });

  it('name that page in the summary', () => {
    const summary = formatSummary({ ...result, findings: withMessages(result.findings, 'zh-CN') }, { lang: 'zh-CN' });
    const line = summary.split('\n').find((l) => l.includes('总体情况所述'))!;
    // The sentence's page, and the page of the table cell it disagrees with.
    const pages = [...new Set([...prose.pdf!, ...prose.cells!.flatMap((c) => c.pdf ?? [])].map((b) => b.page))].sort();
    expect(pages.length).toBeGreaterThan(1);
    expect(line).toContain(`（PDF第${pages.join('、')}页）`);
  });
});
