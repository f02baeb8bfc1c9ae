import { agencyKey } from './page/metadata';
import type { PreviousReport } from './checks/types';
import type { SectionTwo } from './report/section-two';

/**
 * The reports audited before, remembered so next year's report of the same agency can be checked
 * against them. Parsed by hand on every read: old or corrupt storage falls back to empty.
 */
export const MAX_HISTORY = 300;
const MAX_TEXT = 6000;

function str(v: unknown, max = 2000): string | null {
  return typeof v === 'string' ? v.slice(0, max) : null;
}

function values(v: unknown): (number | null)[] | null {
  if (!Array.isArray(v) || v.length !== 7) return null;
  return v.map((x) => (typeof x === 'number' && Number.isFinite(x) ? x : null));
}

function sectionTwo(v: unknown): SectionTwo | null {
  if (!v || typeof v !== 'object') return null;
  const s = v as Record<string, unknown>;
  const counts = (c: unknown) => {
    if (!c || typeof c !== 'object') return null;
    const o = c as Record<string, unknown>;
    const n = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
    return { issued: n(o.issued), repealed: n(o.repealed), inForce: n(o.inForce) };
  };
  return {
    template: s.template === '2019' || s.template === '2021' ? s.template : null,
    regulations: counts(s.regulations),
    normative: counts(s.normative),
    feeAmount: typeof s.feeAmount === 'number' ? s.feeAmount : null,
  };
}

export function parseHistory(value: unknown): PreviousReport[] {
  if (!Array.isArray(value)) return [];
  const out: PreviousReport[] = [];
  for (const raw of value.slice(-MAX_HISTORY)) {
    if (!raw || typeof raw !== 'object') continue;
    const r = raw as Record<string, unknown>;
    if (typeof r.year !== 'number' || !Number.isInteger(r.year)) continue;
    out.push({
      year: r.year,
      agency: str(r.agency, 200),
      source: str(r.source) ?? '',
      carriedForward: values(r.carriedForward),
      sectionTwo: sectionTwo(r.sectionTwo),
      overview: str(r.overview, MAX_TEXT),
      problems: str(r.problems, MAX_TEXT),
    });
  }
  return out;
}

/** Adds (or replaces) one report; the oldest go first beyond the bound. */
export function remember(history: readonly PreviousReport[], memo: PreviousReport): PreviousReport[] {
  const key = agencyKey(memo.agency);
  const kept = history.filter((h) => !(agencyKey(h.agency) === key && h.year === memo.year));
  const trimmed = { ...memo, overview: memo.overview?.slice(0, MAX_TEXT) ?? null, problems: memo.problems?.slice(0, MAX_TEXT) ?? null };
  return [...kept, trimmed].slice(-MAX_HISTORY);
}

/** Last year's report of the same agency, if one was audited. */
export function findPrevious(history: readonly PreviousReport[], agency: string | null, year: number | null): PreviousReport | null {
  if (year === null || !agencyKey(agency)) return null;
  const key = agencyKey(agency);
  return history.find((h) => h.year === year - 1 && agencyKey(h.agency) === key) ?? null;
}
