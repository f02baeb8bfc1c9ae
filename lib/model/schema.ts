import { z } from 'zod';
import { ALL_ROW_KEYS, COL_KEYS, REVIEW_GROUP_KEYS, REVIEW_ITEM_KEYS } from './keys';

/** The audit result of SPEC.md §3. Fields may be added; these names are the contract. */
const value = z.number().int().nonnegative().nullable();
const rowKey = z.enum(ALL_ROW_KEYS);
const colKey = z.enum(COL_KEYS);
const reviewRow = z.enum(REVIEW_GROUP_KEYS);
const reviewCol = z.enum(REVIEW_ITEM_KEYS);
const cellRef = z.object({ t: z.number(), r: z.number(), c: z.number() });
/** Page (1-based) and [left, top, width, height] in PDF points, origin top-left. */
const pdfBox = z.object({ page: z.number().int().positive(), box: z.tuple([z.number(), z.number(), z.number(), z.number()]) });

export const SEVERITIES = ['error', 'warning', 'info'] as const;
/** How a cell was read when that was less than certain (SPEC.md §3 `read`). */
export const READS = ['structure', 'text', 'ocr'] as const;

export const FindingCellSchema = z.object({
  row: z.union([rowKey, reviewRow]),
  col: z.union([colKey, reviewCol]),
  /** Where the cell is on the page's grid (null when the page lacks it). */
  ref: cellRef.nullable().optional(),
  raw: z.string().optional(),
  /** Where a PDF printed the cell (reports audited from a PDF attachment). */
  pdf: z.array(pdfBox).optional(),
  /** Read with less than full confidence: its row taken by position, rebuilt from text, or by OCR. */
  read: z.enum(READS).optional(),
  /** For `read: "ocr"`: how sure the reading is, 0–1. */
  confidence: z.number().min(0).max(1).optional(),
});

/** Plain JSON: sentences are made from `check` + `data` at the edge, in the reader's language. */
export const FindingSchema = z.object({
  check: z.string(),
  severity: z.enum(SEVERITIES),
  at: z.object({ row: rowKey.optional(), col: colKey.optional(), section: z.enum(['applications', 'review']).optional() }),
  expected: z.number().nullable().optional(),
  actual: z.number().nullable().optional(),
  cells: z.array(FindingCellSchema).optional(),
  /** What the check found, typed per check by its definition (lib/checks/define.ts). */
  data: z.record(z.string(), z.unknown()).optional(),
  message: z.string().optional(),
  /** For a PDF: where the sentence the finding quotes was printed (its lines). */
  pdf: z.array(pdfBox).optional(),
});

/** The failing identities grouped by likely cause (lib/report/causes.ts), most important first. */
export const CauseSchema = z.object({
  kind: z.enum(['suspect-cell', 'blank-column', 'blank-row', 'identity']),
  severity: z.literal('error'),
  cells: z.array(FindingCellSchema),
  /** Indexes into `findings`. */
  findings: z.array(z.number().int().nonnegative()),
  actual: z.number().nullable().optional(),
  expected: z.number().nullable().optional(),
  col: colKey.optional(),
  row: rowKey.optional(),
  blank: z.number().int().optional(),
  message: z.string().optional(),
});

export const AuditResultSchema = z.object({
  schema: z.literal('gouji.audit/1'),
  source: z.string(),
  detected: z.boolean(),
  report: z
    .object({
      title: z.string(),
      agency: z.string().nullable(),
      year: z.number().int().nullable(),
      template: z.enum(['2019', '2021']).nullable(),
      published: z.string().nullable().optional(),
      /** The previous year's report the continuity checks used, when one was known. */
      previous: z.object({ year: z.number().int(), source: z.string() }).nullable().optional(),
    })
    .nullable(),
  tables: z.object({
    applications: z
      .object({
        rows: z.record(z.string(), z.array(value).length(7)),
        columns: z.enum(['header', 'position']).optional(),
      })
      .nullable(),
    reviewLitigation: z.object({ values: z.array(value).length(15) }).nullable(),
  }),
  findings: z.array(FindingSchema),
  /** Added to gouji.audit/1: how the findings above are grouped by cause (present on reports). */
  causes: z.array(CauseSchema).optional(),
  attachments: z.array(z.object({ href: z.string(), text: z.string() })).optional(),
  /** The report page that links this file, when the file was audited in the page's stead. */
  linkedFrom: z.string().optional(),
  /**
   * What was audited when it was not an HTML page: a PDF or Word attachment, or the pictures of a
   * page whose table was published as images (`images`, read by OCR; `pages` counts the pictures).
   */
  document: z
    .object({
      kind: z.enum(['pdf', 'docx', 'images']),
      pages: z.number().int().optional(),
      /** PDF pages without any text: scanned or pasted as images, so nothing on them was read. */
      textlessPages: z.array(z.number().int()).optional(),
      /** The pages were read by OCR (a scan): every figure carries its confidence. */
      ocr: z.boolean().optional(),
      /** A PDF partly scanned: the pages read by OCR (the rest were read from its text layer). */
      ocrPages: z.array(z.number().int()).optional(),
    })
    .optional(),
});

export type AuditResult = z.infer<typeof AuditResultSchema>;
export type AuditFinding = z.infer<typeof FindingSchema>;
export type AuditCause = z.infer<typeof CauseSchema>;
