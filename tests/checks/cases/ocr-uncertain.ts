import type { CheckInput } from '../../../lib/checks/types';
import { COL_KEYS, type ColKey, type RowKey } from '../../../lib/model/keys';
import type { CheckCases } from '../tester';

/** Marks every figure as read by OCR, sure, and the named cells with their confidence and value. */
function ocr(doubts: { row: RowKey; col: ColKey; confidence: number; value?: number }[]) {
  return (input: CheckInput): CheckInput => {
    const table = input.applications!;
    const cells = Object.fromEntries(
      Object.entries(table.cells).map(([row, list]) => [
        row,
        list!.map((c, i) => {
          const doubt = doubts.find((d) => d.row === row && d.col === COL_KEYS[i]);
          const value = doubt?.value ?? c.value;
          return { ...c, read: 'ocr' as const, confidence: doubt?.confidence ?? 0.99, value, raw: doubt?.value !== undefined ? String(value) : c.raw };
        }),
      ]),
    );
    const rows = Object.fromEntries(Object.entries(cells).map(([row, list]) => [row, list.map((c) => c.value)]));
    return { ...input, applications: { ...table, cells, rows } };
  };
}

export default {
  valid: [
    { name: 'a text page: nothing read by OCR', fixture: 'pages/pingtan_2025.html' },
    { name: 'every cell read by OCR with confidence', fixture: 'pages/pingtan_2025.html', edit: ocr([]) },
  ],
  invalid: [
    {
      name: 'a doubtful figure that holds: warned, no identity named',
      fixture: 'pages/pingtan_2025.html',
      edit: ocr([{ row: 'new_received', col: 'natural_person', confidence: 0.42 }]),
      findings: [
        { severity: 'warning', at: { row: 'new_received', col: 'natural_person' }, cells: [{ read: 'ocr', confidence: 0.42 }], data: { failing: [] } },
      ],
      en: ['Uncertain OCR reading: I. new this year / natural persons read as “151” (confidence 42%)'],
    },
    {
      name: 'a doubtful misreading breaks its identities: they are named here, and no error is reported',
      fixture: 'pages/pingtan_2025.html',
      edit: ocr([{ row: 'granted', col: 'natural_person', confidence: 0.5, value: 99 }]),
      findings: [
        {
          at: { row: 'granted', col: 'natural_person' },
          actual: 99,
          data: {
            failing: [
              { check: 'row-total', at: { row: 'granted' } },
              { check: 'results-total', at: { col: 'natural_person' } },
            ],
          },
        },
      ],
      zh: ['OCR 识别存疑：（一）予以公开·自然人 读作 “99”（把握 50%）；经过此格的 2 处勾稽关系不成立，可能是识别有误，请对照原件'],
    },
  ],
} satisfies CheckCases;
