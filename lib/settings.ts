/**
 * What the user chose, and what they dismissed. Parsed by hand on every read (no schema library:
 * the content script runs on every gov.cn page and must stay small), so old or corrupt storage
 * falls back to the defaults, never crashes.
 */
export interface Settings {
  lang: 'zh-CN' | 'en';
  disabled: string[];
}
export const DEFAULT_SETTINGS: Settings = { lang: 'zh-CN', disabled: [] };
const MAX_LIST = 500;

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, MAX_LIST) : [];
}

export function parseSettings(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return { lang: v.lang === 'en' ? 'en' : 'zh-CN', disabled: stringList(v.disabled) };
}

/** Findings dismissed on one page, by finding key. Bounded: the oldest pages go first. */
export type Dismissed = Record<string, string[]>;
export const MAX_DISMISSED_PAGES = 200;

export function parseDismissed(value: unknown): Dismissed {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Dismissed = {};
  for (const [url, keys] of Object.entries(value as Record<string, unknown>)) {
    const list = stringList(keys);
    if (list.length) out[url] = list;
  }
  return out;
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
