import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's folder: scripts/ is one below it. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
