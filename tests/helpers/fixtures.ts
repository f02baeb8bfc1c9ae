import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { auditDocument, auditText, type Audit } from '../../lib/audit';
import { parseHtml } from './dom';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface Expected {
  detected: boolean;
  report?: { year?: number | null; template?: string | null; agency?: string | null };
  rows?: Record<string, (number | null)[]>;
  reviewLitigation?: (number | null)[];
  applications?: null;
  findings?: { check: string; severity?: string; at?: { row?: string; col?: string } }[];
  notes?: string;
}

export interface Fixture {
  name: string;
  path: string;
  expected: Expected;
}

/** Every fixture that has an expected file, in every folder of tests/fixtures. */
export function listFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const folder of readdirSync(FIXTURES, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const dir = FIXTURES + folder.name + '/';
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.expected.json')) continue;
      const base = file.slice(0, -'.expected.json'.length);
      const source = readdirSync(dir).find((f) => f.startsWith(base + '.') && !f.endsWith('.expected.json'));
      if (!source) throw new Error(`${folder.name}/${file} has no fixture beside it`);
      out.push({ name: `${folder.name}/${source}`, path: dir + source, expected: JSON.parse(readFileSync(dir + file, 'utf8')) as Expected });
    }
  }
  return out;
}

export function auditFile(path: string): Audit {
  const content = readFileSync(path, 'utf8');
  if (path.endsWith('.txt')) return auditText(content, { source: path });
  return auditDocument(parseHtml(content), { source: path });
}
