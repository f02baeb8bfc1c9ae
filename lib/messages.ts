import { z } from 'zod';
import { AuditResultSchema } from './model/schema';
import type { AnyMessage, AuditReply, ToBackground as Protocol } from './protocol';

/**
 * Messages from the content script, which works on what a page published: parsed with the
 * schema on arrival, so a bug or a hostile page cannot forge a finding into the badge or panel.
 * The names, payloads and replies are lib/protocol.ts's; the types below are held to them.
 */
export const AuditedMessage = z.object({
  type: z.literal('gouji/audited'),
  result: AuditResultSchema,
  auditedAt: z.string(),
  /** The table's checks only, the prose's to follow (issue 18): the badge shows it, the stored audit waits for the whole. */
  partial: z.boolean().optional(),
  /** Errors not dismissed on this page: what the badge counts. */
  visibleErrors: z.number().int().nonnegative().optional(),
  /** The verdict over the findings not dismissed (lib/format/verdict.ts): what the badge shows. */
  verdict: z
    .object({
      kind: z.enum(['errors', 'warnings', 'holds', 'set-aside', 'unchecked', 'not-report']),
      counts: z.object({ error: z.number().int().nonnegative(), warning: z.number().int().nonnegative(), info: z.number().int().nonnegative() }),
      dismissed: z.number().int().nonnegative(),
      state: z.enum(['read', 'attachment', 'pre-2019', 'not-found', 'not-report']),
    })
    .optional(),
  lang: z.enum(['zh-CN', 'en']).optional(),
});

export const OpenPanelMessage = z.object({ type: z.literal('gouji/open-panel') });
export const InjectMessage = z.object({ type: z.literal('gouji/inject') });

export const ToBackground = z.discriminatedUnion('type', [AuditedMessage, OpenPanelMessage, InjectMessage]);

export const GetReply = z.object({
  result: AuditResultSchema.nullable(),
  auditedAt: z.string().nullable(),
  error: z.string().nullable(),
});

export type AuditedMessage = z.infer<typeof AuditedMessage>;
export type GetReply = z.infer<typeof GetReply>;

// The schemas accept exactly the protocol's messages and reply: a field added on one side and not
// the other fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const holds = <T extends true>(): T | undefined => undefined;
holds<Same<z.infer<typeof ToBackground>, AnyMessage<Protocol>>>();
holds<Same<GetReply, AuditReply>>();
