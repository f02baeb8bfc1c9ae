import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty, propertyTimeout } from '../helpers/property';
import { auditDocument } from '../../lib/audit';
import { AuditResultSchema } from '../../lib/model/schema';
import { parseDocument } from '../../cli/lite-dom';

const page = (body: string) =>
  `<html><head><title>测试县2024年政府信息公开工作年度报告</title></head><body><p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p>${body}<p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>`;
const row = (label: string, cells: string[]) => `<tr><td>${label}</td>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

function audit(html: string) {
  const result = auditDocument(parseDocument(html, 'https://www.example.gov.cn/hostile.html'), { source: 'hostile' }).result;
  expect(() => AuditResultSchema.parse(JSON.parse(JSON.stringify(result)))).not.toThrow();
  return result;
}

describe('hostile and broken tables', () => {
  it('caps spans at their DOM maxima and says the table is malformed', () => {
    const hostile = `<tr><td>一、本年新收政府信息公开申请数量</td><td rowspan="65534" colspan="1000">1</td><td>0</td></tr>`;
    const r = audit(
      page(`<table>${hostile}${row('二、上年结转政府信息公开申请数量', ['0', '0'])}${row('（七）总计', ['0'])}${row('四、结转下年度继续办理', ['0'])}</table>`),
    );
    expect(r.detected).toBe(true);
    expect(r.findings.some((f) => f.check === 'table-structure')).toBe(true);
  });

  it('reads a table of thousands of rows only up to the cap, and says so', () => {
    const head = row('二、上年结转政府信息公开申请数量', ['0', '0', '0', '0', '0', '0', '0']) + row('（七）总计', ['1', '0', '0', '0', '0', '0', '1']);
    const rows = head + Array.from({ length: 5000 }, () => row('一、本年新收政府信息公开申请数量', ['1', '0', '0', '0', '0', '0', '1'])).join('');
    const r = audit(page(`<table>${rows}</table>`));
    const structure = r.findings.find((f) => f.check === 'table-structure');
    expect(structure?.severity).toBe('error');
    expect(r.findings.some((f) => f.check === 'duplicate-row')).toBe(true);
  });

  it('survives tables nested hundreds deep', () => {
    let html = `<table>${row('一、本年新收政府信息公开申请数量', ['1', '0', '0', '0', '0', '0', '1'])}${row('二、上年结转政府信息公开申请数量', ['0', '0', '0', '0', '0', '0', '0'])}${row('（七）总计', ['1', '0', '0', '0', '0', '0', '1'])}</table>`;
    for (let i = 0; i < 300; i++) html = `<table><tr><td>${html}</td></tr></table>`;
    const r = audit(page(html));
    expect(r.tables.applications?.rows.new_received).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('leaves huge, negative and decimal figures unparsed, never as numbers', () => {
    const r = audit(
      page(
        `<table>${row('一、本年新收政府信息公开申请数量', ['99999999999999999999', '-3', '1.5', '１２', '1,000', '无', '9007199254740993'])}${row('二、上年结转政府信息公开申请数量', ['0', '0', '0', '0', '0', '0', '0'])}${row('（七）总计', ['0', '0', '0', '0', '0', '0', '0'])}</table>`,
      ),
    );
    expect(r.tables.applications?.rows.new_received).toEqual([null, null, null, 12, 1000, 0, null]);
    const unparsed = r.findings.find((f) => f.check === 'unparsed-cell');
    expect(unparsed?.cells?.map((c) => c.raw)).toEqual(['99999999999999999999', '-3', '1.5', '9007199254740993']);
  });

  it('finishes on a 10 MB page', () => {
    const filler = '<p>示例文字，政府信息公开工作年度报告。</p>'.repeat(420_000);
    const body = `<table>${row('一、本年新收政府信息公开申请数量', ['1', '0', '0', '0', '0', '0', '1'])}${row('（七）总计', ['1', '0', '0', '0', '0', '0', '1'])}${row('四、结转下年度继续办理', ['0', '0', '0', '0', '0', '0', '0'])}</table>`;
    const html = page(filler + body);
    expect(html.length).toBeGreaterThan(10_000_000);
    const r = audit(html);
    expect(r.detected).toBe(true);
  });

  it(
    'never throws on random malformed tables (property)',
    async () => {
      const cell = fc.record({
        text: fc.oneof(
          fc.constantFrom('0', '1', '无', '', '—', '自然人', '总计', '（七）总计', '一、本年新收政府信息公开申请数量', '3.其他', '9'.repeat(30)),
          fc.string({ maxLength: 6 }),
        ),
        rowspan: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 70000 })),
        colspan: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 1200 })),
        th: fc.boolean(),
      });
      const table = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 40 });
      await assertProperty(
        fc.property(table, fc.boolean(), (rows, nest) => {
          const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
          const html = rows
            .map(
              (r) =>
                `<tr>${r.map((c) => `<${c.th ? 'th' : 'td'} rowspan="${c.rowspan}" colspan="${c.colspan}">${esc(c.text)}</${c.th ? 'th' : 'td'}>`).join('')}</tr>`,
            )
            .join('');
          const t = `<table>${html}</table>`;
          audit(page(nest ? `<table><tr><td>${t}</td><td>${t}</td></tr></table>` : t));
        }),
        { numRuns: 150 },
      );
    },
    propertyTimeout(60_000),
  );
});
