import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/**
 * lib/'s layers, bottom up: a module imports only from its own layer or below. The order is the
 * data flow of ARCHITECTURE.md: the model, text and grid utilities, words, reading the page and
 * the report, the checks, the audit, formats, the readers of PDF and Word, the live page, and
 * the batch and the extension's messages on top.
 */
export const LAYERS: Record<string, number> = {
  model: 0,
  text: 1,
  grid: 1,
  i18n: 2,
  page: 3,
  report: 4,
  checks: 5,
  'causes.ts': 6,
  'audit.ts': 6,
  'history.ts': 6,
  'settings.ts': 6,
  format: 7,
  pdf: 8,
  docx: 8,
  ocr: 8,
  live: 9,
  'batch.ts': 10,
  'messages.ts': 10,
  'protocol.ts': 10,
};

function layerOf(path: string): string {
  return path.split('/')[1]!;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

export interface Edge {
  from: string;
  to: string;
}

/** Every import in `root`/lib that reaches a higher layer, and every module in a layer not listed. */
export function upwardImports(root: string): { upward: Edge[]; unlisted: string[] } {
  const upward: Edge[] = [];
  const unlisted = new Set<string>();
  for (const abs of files(join(root, 'lib'))) {
    const from = relative(root, abs).split('\\').join('/');
    const fromLayer = layerOf(from);
    if (LAYERS[fromLayer] === undefined) unlisted.add(fromLayer);
    for (const m of readFileSync(abs, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const to = normalize(join(dirname(from), m[1]!))
        .split('\\')
        .join('/');
      const toLayer = layerOf(to.endsWith('.ts') || to.endsWith('.tsx') || to.split('/').length > 2 ? to : `${to}.ts`);
      if (!to.startsWith('lib/') || toLayer === fromLayer) continue;
      if ((LAYERS[toLayer] ?? -1) > (LAYERS[fromLayer] ?? 99)) upward.push({ from, to });
    }
  }
  return { upward, unlisted: [...unlisted] };
}
