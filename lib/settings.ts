import { z } from 'zod';

/** What the user chose; parsed on every read so old or corrupt storage falls back, never crashes. */
export const SettingsSchema = z.object({
  lang: z.enum(['zh-CN', 'en']).catch('zh-CN'),
  disabled: z.array(z.string()).max(100).catch([]),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = { lang: 'zh-CN', disabled: [] };

export function parseSettings(value: unknown): Settings {
  const parsed = SettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Findings dismissed on one page, by finding key. Bounded: the oldest pages go first. */
export const DismissedSchema = z.record(z.string(), z.array(z.string()).max(500)).catch({});
export type Dismissed = z.infer<typeof DismissedSchema>;
export const MAX_DISMISSED_PAGES = 200;

export function parseDismissed(value: unknown): Dismissed {
  const parsed = DismissedSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

export function withDismissed(all: Dismissed, url: string, keys: string[]): Dismissed {
  const next: Dismissed = { ...all };
  delete next[url];
  if (keys.length) next[url] = keys;
  const urls = Object.keys(next);
  for (const old of urls.slice(0, Math.max(0, urls.length - MAX_DISMISSED_PAGES))) delete next[old];
  return next;
}

/** A finding's identity on its page: stable across re-audits of the same page. */
export function findingKey(f: { check: string; at: { row?: string; col?: string; section?: string } }): string {
  return [f.check, f.at.row ?? '', f.at.col ?? '', f.at.section ?? ''].join('|');
}
