/**
 * Issue 19: `gouji audit … --format html` over the four years of 平潭综合实验区 writes one
 * self-contained document whose every figure is the JSON's (the HTML's tables parsed back).
 */
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { verdictLine, verdictOf, countFindings } from '../../lib/format/verdict';
import type { AuditResult } from '../../lib/model/schema';
import { FIXTURES } from '../helpers/fixtures';
import { parseHtml } from '../helpers/dom';
import { sink } from './sink';

const YEARS = [2019, 2023, 2024, 2025];
const FILES = YEARS.map((y) => join(FIXTURES, 'pages', `pingtan_${y}.html`));
const NOW = new Date('2026-12-07T15:24:00Z');

async function run(args: string[]) {
  const stdout = sink();
  const stderr = sink();
  const code = await main(args, {
    stdout: stdout as unknown as typeof process.stdout,
    stderr: stderr as unknown as typeof process.stderr,
    env: {},
    now: () => NOW,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

let json: AuditResult[];
let html: string;
let doc: Document;
const out = join(mkdtempSync(join(tmpdir(), 'gouji-html-')), 'pingtan.html');

beforeAll(async () => {
  const j = await run(['audit', ...FILES, '--format', 'json']);
  json = j.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as AuditResult);
  const h = await run(['audit', ...FILES, '--format', 'html', '--out', out]);
  expect(h.code).toBe(0);
  expect(h.stdout).toBe('');
  expect(h.stderr).toMatch(/已写入 .*pingtan\.html（\d+ 字节）/);
  html = readFileSync(out, 'utf8');
  doc = parseHtml(html, 'file:///tmp/pingtan.html');
});

const byYear = (y: number) => json.find((r) => r.report?.year === y)!;
const cell = (table: Element, row: string, key: string) => table.querySelector(`tr[data-row="${row}"] td[data-key="${key}"]`)?.textContent ?? null;
const figures = (name: string) => doc.querySelector(`[data-agency="平潭综合实验区"] table[data-figures="${name}"]`)!;
const TOTAL = 6;

describe('gouji audit --format html', () => {
  it('writes one document for all four inputs, with nothing that loads', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/<html/g)).toHaveLength(1);
    expect(doc.documentElement.lang).toBe('zh-CN');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('[src]')).toHaveLength(0);
    expect([...doc.querySelectorAll('link')].map((l) => l.getAttribute('href'))).toEqual(['data:,']);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toMatch(/default-src 'none'/);
    expect(doc.querySelectorAll('[data-report]')).toHaveLength(4);
    // Local paths are named, not linked (a link would point wherever the file is opened).
    expect(doc.querySelectorAll('a[href^="tests/"], a[href^="/"]')).toHaveLength(0);
  });

  it('sums up each input with the verdict and counts of its JSON', () => {
    const rows = [...doc.querySelectorAll('table[data-figures="summary"] tbody tr')];
    expect(rows).toHaveLength(4);
    rows.forEach((tr, i) => {
      const r = json[i]!;
      const counts = countFindings(r.findings);
      expect(tr.querySelector('[data-key=verdict]')!.textContent).toBe(verdictLine(verdictOf(r), 'zh-CN'));
      expect(tr.querySelector('[data-key=errors]')!.textContent).toBe(String(counts.error));
      expect(tr.querySelector('[data-key=warnings]')!.textContent).toBe(String(counts.warning));
      expect(tr.querySelector('[data-key=year]')!.textContent).toBe(String(r.report!.year));
    });
    expect(rows.map((tr) => tr.querySelector('[data-key=verdict]')!.textContent)).toEqual(['勾稽关系全部成立', '勾稽关系全部成立', '1 处警告', '1 处警告']);
  });

  it('charts the agency’s years, each chart with a table of the JSON’s figures', () => {
    const agency = doc.querySelector('[data-agency="平潭综合实验区"]')!;
    expect(agency).not.toBeNull();
    // Four charts and the chain, each an SVG followed by its table in the same figure.
    const boxes = [...agency.querySelectorAll('figure.chart-box')];
    expect(boxes).toHaveLength(5);
    for (const box of boxes) {
      expect(box.querySelector('svg[role=img] title')!.textContent).toBeTruthy();
      expect(box.querySelector('table.figures')).not.toBeNull();
    }
    for (const y of YEARS) {
      const r = byYear(y);
      const rows = r.tables.applications!.rows;
      expect(cell(figures('received'), String(y), 'received')).toBe(String(rows.new_received![TOTAL]));
      expect(cell(figures('carried'), String(y), 'carried_over')).toBe(String(rows.carried_over![TOTAL]));
      expect(cell(figures('carried'), String(y), 'carried_forward')).toBe(String(rows.carried_forward![TOTAL]));
      const v = r.tables.reviewLitigation!.values;
      expect([
        cell(figures('review'), String(y), 'review'),
        cell(figures('review'), String(y), 'direct'),
        cell(figures('review'), String(y), 'afterReview'),
      ]).toEqual([v[4], v[9], v[14]].map(String));
      // The outcome groups add up the JSON's result rows, and together make （七）总计.
      const sum = (re: RegExp) =>
        Object.entries(rows)
          .filter(([k]) => re.test(k))
          .reduce((a, [, vals]) => a + (vals[TOTAL] ?? 0), 0);
      const expected = {
        granted: sum(/^granted$/),
        partial: sum(/^partially_granted$/),
        denied: sum(/^denied_/),
        unable: sum(/^unable_/),
        rejected: sum(/^rejected_/),
        other: sum(/^other_/),
      };
      for (const [k, n] of Object.entries(expected)) expect(cell(figures('outcomes'), String(y), k), `${y} ${k}`).toBe(String(n));
      expect(cell(figures('outcomes'), String(y), 'sum')).toBe(String(rows.results_total![TOTAL]));
      const share = Number(cell(figures('outcomes'), String(y), 'granted-share')!.replace('%', ''));
      expect(share).toBeCloseTo((100 * expected.granted) / rows.results_total![TOTAL]!, 1);
    }
    // The bars are drawn: one per year with its figure written above it.
    const received = agency.querySelector('svg[data-chart$="-received"]')!;
    expect(received.querySelectorAll('rect[fill^="url("]')).toHaveLength(4);
    expect([...received.querySelectorAll('text[font-weight=bold]')].map((t) => t.textContent)).toEqual(
      YEARS.map((y) => String(byYear(y).tables.applications!.rows.new_received![TOTAL])),
    );
  });

  it('draws the continuity chain link by link: the gap dotted, the broken links cut and marked', () => {
    const svg = doc.querySelector('[data-agency="平潭综合实验区"] svg.chain')!;
    const links = [...svg.querySelectorAll('g[data-link]')].map((g) => [
      g.getAttribute('data-link'),
      g.getAttribute('data-carry'),
      g.getAttribute('data-docs'),
    ]);
    // 2020–2022 are not among the inputs; 2024 and 2025 carry their applications over (0 = 0) but
    // section two's 行政规范性文件 现行有效件数 does not add up (the JSON's section-two-continuity).
    expect(links).toEqual([
      ['2019-2023', 'unchecked', 'unchecked'],
      ['2023-2024', 'holds', 'broken'],
      ['2024-2025', 'holds', 'broken'],
    ]);
    for (const y of [2024, 2025]) expect(byYear(y).findings.some((f) => f.check === 'section-two-continuity' && f.data?.previousYear === y - 1)).toBe(true);
    // Broken is a shape and a word, not only a colour: a cut line with a ✗ in a circle, and 断开.
    const broken = svg.querySelector('g[data-link="2023-2024"]')!;
    expect(broken.querySelectorAll('circle')).toHaveLength(1);
    expect(broken.textContent).toContain('✗ 现行有效件数断开：行政规范性文件 470 + 62 − 33 = 499 ≠ 440');
    expect(svg.querySelector('g[data-link="2019-2023"] line')!.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(svg.querySelector('g[data-link="2019-2023"]')!.textContent).toContain('缺 2020–2022 年报');
    const table = figures('chain');
    for (const [from, to] of [
      [2019, 2023],
      [2023, 2024],
      [2024, 2025],
    ] as const) {
      expect(cell(table, `${from}-${to}`, 'carried_forward'), `${from}`).toBe(String(byYear(from).tables.applications!.rows.carried_forward![TOTAL]));
      expect(cell(table, `${from}-${to}`, 'carried_over'), `${to}`).toBe(String(byYear(to).tables.applications!.rows.carried_over![TOTAL]));
    }
    expect(cell(table, '2024-2025', 'docs')).toBe(`✗ 断开：${byYear(2025).findings.find((f) => f.check === 'section-two-continuity')!.message}`);
  });

  it('prints each report’s section-three table as the JSON has it, with its findings', () => {
    for (const [i, r] of json.entries()) {
      const section = doc.querySelector(`[data-report="${i}"]`)!;
      const table = section.querySelector('table[data-figures="section-three"]')!;
      for (const [row, values] of Object.entries(r.tables.applications!.rows)) {
        const printed = [...table.querySelectorAll(`tr[data-row="${row}"] td`)].map((td) => td.getAttribute('data-value'));
        expect(printed, `${r.report!.year} ${row}`).toEqual(values.map((v) => (v === null ? '' : String(v))));
      }
      expect([...section.querySelectorAll('.finding .message')].map((p) => p.textContent)).toEqual(r.findings.map((f) => f.message));
      expect(section.querySelector('.verdict')!.textContent).toBe(`结论：${verdictLine(verdictOf(r), 'zh-CN')}`);
    }
  });

  it('speaks English with --lang en, to stdout without --out', async () => {
    const { code, stdout } = await run(['audit', ...FILES, '--format', 'html', '--lang', 'en']);
    expect(code).toBe(0);
    const en = parseHtml(stdout);
    expect(en.documentElement.lang).toBe('en');
    expect(en.querySelector('h1')!.textContent).toBe('Gouji audit report');
    expect(en.querySelector('svg.chain g[data-link="2023-2024"]')!.textContent).toContain('✗ in force broken: normative 470 + 62 − 33 = 499 ≠ 440');
    expect([...en.querySelectorAll('table[data-figures="summary"] [data-key=verdict]')].map((td) => td.textContent)).toEqual([
      'Every identity holds',
      'Every identity holds',
      '1 warning',
      '1 warning',
    ]);
  });
});
