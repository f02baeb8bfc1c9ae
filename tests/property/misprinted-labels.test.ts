import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty, propertyTimeout } from '../helpers/property';
import { auditDocument } from '../../lib/audit';
import { TEMPLATE_ROWS, type RowKey, type Template } from '../../lib/model/keys';
import { parseHtml } from '../helpers/dom';
import { PRINTED, renderPage, type Markup } from './table-markup';
import { consistentTable, markup, type Rows } from './tables';

/** Simplified → traditional, for the characters of the template's labels that mirror sites convert. */
const TRADITIONAL: Record<string, string> = {
  开: '開',
  数: '數',
  处: '處',
  请: '請',
  结: '結',
  转: '轉',
  办: '辦',
  务: '務',
  机: '機',
  关: '關',
  护: '護',
  权: '權',
  内: '內',
  过: '過',
  执: '執',
  询: '詢',
  项: '項',
  无: '無',
  现: '現',
  补: '補',
  确: '確',
  访: '訪',
  举: '舉',
  报: '報',
  诉: '訴',
  复: '複',
  计: '計',
  总: '總',
  国: '國',
  规: '規',
  类: '類',
  缴: '繳',
  纳: '納',
  费: '費',
  于: '於',
  获: '獲',
  经: '經',
  发: '發',
  属: '屬',
  门: '門',
  条: '條',
};
const FOOTNOTES = ['*', '※', '①', '¹', '[1]', '（注）', '注1', '†'];
const NUMERALS = ['1', '2', '3', '4', '5', '6', '7', '8', '一', '二', '三', '四', '五', '六', '七', '八'];

type Corruption =
  | { kind: 'drop'; at: number; n: number }
  | { kind: 'swap'; at: number }
  | { kind: 'numeral'; pick: number }
  | { kind: 'traditional' }
  | { kind: 'spaces'; at: number[] }
  | { kind: 'footnote'; mark: number; front: boolean };

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('numeral' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('traditional' as const) }),
  fc.record({ kind: fc.constant('spaces' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('footnote' as const), mark: fc.nat(), front: fc.boolean() }),
);

/** A label as a careless typesetter might print it. Always keeps two characters, so the row still has a label. */
function corrupt(label: string, c: Corruption): string {
  const chars = [...label];
  switch (c.kind) {
    case 'drop': {
      const n = Math.min(c.n, chars.length - 2);
      if (n <= 0) return label;
      const at = c.at % (chars.length - n + 1);
      return [...chars.slice(0, at), ...chars.slice(at + n)].join('');
    }
    case 'swap': {
      const at = c.at % (chars.length - 1);
      [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
      return chars.join('');
    }
    case 'numeral': {
      const m = /^[（(]?([0-9一二三四五六七八])/.exec(label);
      const numeral = NUMERALS[c.pick % NUMERALS.length]!;
      if (!m) return numeral + '.' + label;
      const at = label.indexOf(m[1]!);
      return label.slice(0, at) + (numeral === m[1] ? (numeral === '1' ? '2' : '1') : numeral) + label.slice(at + 1);
    }
    case 'traditional':
      return chars.map((ch) => TRADITIONAL[ch] ?? ch).join('');
    case 'spaces': {
      const out = chars.slice();
      for (const a of [...c.at].sort((x, y) => y - x)) out.splice(1 + (a % (out.length - 1)), 0, a % 2 ? ' ' : '\u3000');
      return out.join('');
    }
    case 'footnote': {
      const mark = FOOTNOTES[c.mark % FOOTNOTES.length]!;
      return c.front ? mark + label : label + mark;
    }
  }
}

const SECTION_THREE_WARNINGS = new Set(['missing-row', 'unmatched-row', 'duplicate-row', 'ragged-row', 'row-order']);
// Any year, either template: the printed rows decide the template, never the year.
const templateAndYear = fc.tuple(fc.constantFrom<Template>('2019', '2021'), fc.integer({ min: 2019, max: 2025 }));
const plainish: fc.Arbitrary<Markup> = markup.map((m) => ({ ...m, label: m.label === 'vertical' ? 'plain' : m.label }));

function audit(template: Template, year: number, rows: Rows, m: Markup, printed: Partial<Record<RowKey, string>>) {
  const doc = parseHtml(renderPage(template, year, rows, m, printed));
  try {
    return auditDocument(doc, { source: 'property' });
  } finally {
    doc.defaultView?.close();
  }
}

describe('property: one misprinted row label', () => {
  it(
    'still reads the table exactly, by label or by place, and says when it went by place',
    async () => {
      await assertProperty(
        fc.property(
          templateAndYear.chain(([t, y]) => fc.tuple(fc.constant(t), fc.constant(y), consistentTable(t), fc.oneof(markup, plainish), fc.nat(), corruption)),
          ([template, year, rows, m, pick, how]) => {
            const keys = TEMPLATE_ROWS[template];
            const row = keys[pick % keys.length]!;
            const label = corrupt(PRINTED[row][1], how);
            const { result } = audit(template, year, rows, m, { [row]: label });
            expect(result.report?.template).toBe(template);
            const read = result.tables.applications?.rows ?? {};
            for (const key of keys) expect(read[key], key).toEqual(rows[key]);
            expect(result.findings.filter((f) => f.severity === 'error' || SECTION_THREE_WARNINGS.has(f.check))).toEqual([]);
            // Only the corrupted row may have been taken by its place, and then it says so.
            const byPlace = result.findings.filter((f) => f.check === 'row-by-position');
            expect(byPlace.every((f) => f.at.row === row)).toBe(true);
          },
        ),
        { numRuns: 80 },
      );
    },
    propertyTimeout(80_000),
  );
});

describe('property: two rows with their labels swapped', () => {
  it(
    'are reported, not silently swapped back',
    async () => {
      await assertProperty(
        fc.property(
          fc.constantFrom<Template>('2019', '2021').chain((t) => fc.tuple(fc.constant(t), consistentTable(t), markup, fc.nat(), fc.nat())),
          ([template, rows, m, a, b]) => {
            const keys = TEMPLATE_ROWS[template];
            const i = a % keys.length;
            const j = (i + 1 + (b % (keys.length - 1))) % keys.length;
            const [x, y] = [keys[i]!, keys[j]!];
            const { result } = audit(template, 2024, rows, m, { [x]: PRINTED[y][1], [y]: PRINTED[x][1] });
            const order = result.findings.filter((f) => f.check === 'row-order');
            expect(order.map((f) => [f.at.row, f.data?.other].sort())).toContainEqual([x, y].sort());
            // Read as printed: each label's row holds the figures printed beside that label.
            expect(result.tables.applications?.rows[x]).toEqual(rows[y]);
            expect(result.tables.applications?.rows[y]).toEqual(rows[x]);
          },
        ),
        { numRuns: 60 },
      );
    },
    propertyTimeout(60_000),
  );
});
