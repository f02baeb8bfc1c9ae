import type { Finding, Lang } from '../model/finding';
import { labelledNumbers } from '../format/numbers';
import { knockOnText, type Cause } from '../causes';
import type { MarkInfo } from './mark';

/**
 * What the hover card says about one marked cell: the cause first (the misprint, or the blank
 * column), then the findings on the cell that no cause covers. A knock-on cell points at its
 * cause instead of giving its identity's own 应为, which would contradict the panel's diagnosis.
 */
export function cardItems(mark: MarkInfo, findings: readonly Finding[], causes: readonly (Cause & { message?: string })[], lang: Lang) {
  const en = lang === 'en';
  const items: { severity: Finding['severity']; badge?: string; text: string; detail?: string }[] = [];
  const covered = new Set<number>();
  for (const k of mark.causes) {
    const cause = causes[k];
    if (!cause) continue;
    cause.findings.forEach((i) => covered.add(i));
    if (mark.role === 'suspect' || mark.role === 'cause') {
      const suspect = cause.kind === 'suspect-cell';
      const detail = suspect
        ? labelledNumbers({ check: 'suspect-cell', severity: 'error', at: {}, expected: cause.expected, actual: cause.actual }, lang)
        : undefined;
      // The badge names the mark; the sentence need not say it again.
      const text = (cause.message ?? '').replace(/^(最可能的错填处：|Likeliest misprint: )/, '');
      items.push({ severity: 'error', badge: suspect ? (en ? 'likeliest misprint' : '最可能的错填处') : en ? 'cause' : '原因', text, detail });
    } else {
      for (const i of cause.findings) {
        const f = findings[i];
        if (!f || !mark.findings.includes(i)) continue;
        items.push(cause.kind === 'identity' ? plain(f, lang) : { severity: 'error', text: knockOnText(f, cause, lang), detail: f.message });
      }
    }
  }
  for (const i of mark.findings) {
    const f = findings[i];
    if (!f || covered.has(i) || f.check === 'suspect-cell') continue;
    items.push(plain(f, lang));
  }
  return items;
}

function plain(f: Finding, lang: Lang) {
  const detail = labelledNumbers(f, lang);
  return { severity: f.severity, text: f.message ?? f.check, ...(detail ? { detail } : {}) };
}
