import type { z } from 'zod';
import type { FindingCellSchema, FindingSchema, READS, SEVERITIES } from './schema';

/** The two languages every sentence is made in. */
export type Lang = 'zh-CN' | 'en';
/** Something said in both languages. */
export type Texts = Record<Lang, string>;

export type Severity = (typeof SEVERITIES)[number];
export type CellRead = (typeof READS)[number];

/** A finding as the JSON contract (SPEC.md §3) has it: one definition, the schema's. */
export type Finding = z.infer<typeof FindingSchema>;
export type FindingCell = z.infer<typeof FindingCellSchema>;
