import type { Lang } from '../model/finding';

const BEIJING_OFFSET_MS = 8 * 3600_000;

/**
 * An audit time as a reader in China writes it: 2026年12月7日 23:24 (Beijing time, minutes).
 * Computed from the instant, not the machine's zone: a CI box or a traveller's laptop in UTC
 * must print the same words. Anything that is not a timestamp is shown as given.
 */
export function beijingTime(iso: string, lang: Lang): string {
  const t = Date.parse(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(t)) return iso;
  const d = new Date(t + BEIJING_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hm = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (lang === 'en') {
    const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
    return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}, ${hm} Beijing time`;
  }
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hm}（北京时间）`;
}
