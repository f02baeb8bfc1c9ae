import { readFileSync } from 'node:fs';
import { expect, vi } from 'vitest';
import { auditDocument, auditText } from '../../lib/audit';
import { CHECKS } from '../../lib/checks';
import type { Check } from '../../lib/checks/define';
import type { CheckInput, PreviousReport } from '../../lib/checks/types';
import type { Finding } from '../../lib/model/finding';
import { FindingSchema } from '../../lib/model/schema';
import { parseHtml } from '../helpers/dom';
import { FIXTURES } from '../helpers/fixtures';

/**
 * ESLint's RuleTester for our checks: every check has cases it must stay silent on (`valid`) and
 * cases it must report, with the findings expected (`invalid`). The cases of check `x` live in
 * tests/checks/cases/x.ts; tests/checks/cases.test.ts runs them all and says what is missing.
 */

/** One document as a check reads it. */
export interface Case {
  name: string;
  /** A fixture under tests/fixtures (`pages/pingtan_2024.html`), a page's markup, or a report's text. */
  fixture?: string;
  html?: string;
  text?: string;
  /** Last year's report of the agency, as a fixture (for the continuity checks). */
  previous?: string;
  /** A change to what was read, for what no fixture prints (a misprint, another year). */
  edit?: (input: CheckInput) => CheckInput;
  editPrevious?: (previous: PreviousReport) => PreviousReport;
}

/** Matched field by field (`toMatchObject`): name only what the case is about. */
export type ExpectedFinding = {
  severity?: Finding['severity'];
  at?: Finding['at'];
  expected?: number | null;
  actual?: number | null;
  cells?: Partial<NonNullable<Finding['cells']>[number]>[];
  data?: Record<string, unknown>;
};

export interface InvalidCase extends Case {
  findings: ExpectedFinding[];
  /** The sentences, finding by finding, when the case pins them. */
  zh?: string[];
  en?: string[];
}

export interface CheckCases {
  valid: Case[];
  invalid: InvalidCase[];
}

const read = new Map<string, { input: CheckInput; memo: PreviousReport | null }>();

/** Audits a document once, keeping the input the checks were given and what next year's audit would remember. */
function audited(kind: 'fixture' | 'html' | 'text', content: string): { input: CheckInput; memo: PreviousReport | null } {
  const key = `${kind}:${content}`;
  const hit = read.get(key);
  if (hit) return hit;
  const spies = CHECKS.map((c) => vi.spyOn(c as Check, 'run'));
  try {
    const path = kind === 'fixture' ? FIXTURES + content : `case.${kind === 'text' ? 'txt' : 'html'}`;
    const body = kind === 'fixture' ? readFileSync(path, 'utf8') : content;
    const audit = path.endsWith('.txt') ? auditText(body, { source: path }) : auditDocument(parseHtml(body), { source: path });
    const input = spies.map((s) => s.mock.calls[0]?.[0]).find((i) => i !== undefined);
    if (!input) throw new Error(`${kind === 'fixture' ? content : 'the case'} is not read as a report: no check ran on it`);
    const entry = { input, memo: audit.memo };
    read.set(key, entry);
    return entry;
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

export function inputOf(c: Case): CheckInput {
  const sources = [c.fixture, c.html, c.text].filter((s) => s !== undefined);
  if (sources.length !== 1) throw new Error(`case “${c.name}” must give exactly one of fixture, html, text`);
  const base = c.fixture !== undefined ? audited('fixture', c.fixture) : c.html !== undefined ? audited('html', c.html) : audited('text', c.text!);
  let input = base.input;
  if (c.previous) {
    const memo = audited('fixture', c.previous).memo;
    if (!memo) throw new Error(`${c.previous} leaves nothing for next year's audit`);
    input = { ...input, previous: c.editPrevious ? c.editPrevious(memo) : memo };
  }
  return c.edit ? c.edit(input) : input;
}

/** Runs the check on a case; every finding it returns must be valid JSON of the contract and read in both languages. */
export function runCase(check: Check, c: Case): Finding[] {
  const findings = check.run(inputOf(c));
  for (const f of findings) {
    expect(FindingSchema.safeParse(f).success, `${check.id}: a finding outside the JSON contract`).toBe(true);
    expect(f.check).toBe(check.id);
    expect(check.severities, `${check.id} gave a severity it does not declare`).toContain(f.severity);
    expect(check.messageIds).toContain(check.messageIdOf(f));
    for (const lang of ['zh-CN', 'en'] as const) expect(check.message[lang](f)).not.toMatch(/\bundefined\b|\[object|\bNaN\b|\bnull\b/);
    expect(check.message['zh-CN'](f)).toMatch(/[\u4e00-\u9fff]/);
    expect(check.message.en(f)).toMatch(/^[^\u4e00-\u9fff]*[A-Za-z]{3}/);
  }
  return findings;
}
