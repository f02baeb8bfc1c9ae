/** The CLI path over the whole corpus in a process of its own: its peak memory is the CLI's. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditInput } from '../../cli/main';

const dir = process.argv[2]!;
const files = ['pages', 'samples', 'synthetic', 'negatives', 'crafted'].flatMap((d) => {
  try {
    return readdirSync(join(dir, d))
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(dir, d, f));
  } catch {
    return [];
  }
});
for (let round = 0; round < 5; round++) {
  for (const f of files) auditInput({ source: f, kind: 'html', content: readFileSync(f, 'utf8') });
}
process.stdout.write(JSON.stringify({ files: files.length, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
