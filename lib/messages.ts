import { z } from 'zod';
import { AuditResultSchema } from './model/schema';

/**
 * Messages between the content script, the background and the panel. Everything that crosses
 * a boundary is parsed on arrival: a page can talk to a content script's listeners only through
 * our own code, but a bug or a hostile page's DOM must not be able to forge a finding.
 */
const cellRef = z.object({ t: z.number().int().nonnegative(), r: z.number().int().nonnegative(), c: z.number().int().nonnegative() });

export const AuditedMessage = z.object({
  type: z.literal('gouji/audited'),
  result: AuditResultSchema,
  auditedAt: z.string(),
});

export const OpenPanelMessage = z.object({ type: z.literal('gouji/open-panel') });

export const GetMessage = z.object({ type: z.literal('gouji/get') });
export const LocateMessage = z.object({ type: z.literal('gouji/locate'), refs: z.array(cellRef).max(500) });
export const RerunMessage = z.object({ type: z.literal('gouji/rerun') });

export const ToBackground = z.discriminatedUnion('type', [AuditedMessage, OpenPanelMessage]);
export const ToContent = z.discriminatedUnion('type', [GetMessage, LocateMessage, RerunMessage]);

export const GetReply = z.object({
  result: AuditResultSchema.nullable(),
  auditedAt: z.string().nullable(),
  error: z.string().nullable(),
});

export type AuditedMessage = z.infer<typeof AuditedMessage>;
export type ToContent = z.infer<typeof ToContent>;
export type GetReply = z.infer<typeof GetReply>;
export type CellRefMessage = z.infer<typeof cellRef>;
