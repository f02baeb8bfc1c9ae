/**
 * Renders assets/icons/icon.svg to the extension's icon set, public/icon/{16,32,48,128}.png, with
 * Debian's Chromium (playwright-core, /usr/bin/chromium or $CHROMIUM; no download). The PNGs are
 * committed; run this after changing the SVG:
 *
 *   node --import tsx scripts/make-icons.ts
 *
 * At 16 px the table rules (class "grid") are left out: only the red square and the white tick,
 * which stay legible at toolbar size.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from './browsers';
import { ROOT } from './paths';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const SVG = join(ROOT, 'assets', 'icons', 'icon.svg');
const OUT = join(ROOT, 'public', 'icon');

async function main(): Promise<void> {
  const chrome = findBrowser('chromium');
  if (!chrome.path) {
    console.error(chrome.help);
    process.exit(1);
  }
  const svg = readFileSync(SVG, 'utf8');
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: chrome.path, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
      const css = size < 32 ? '.grid{display:none}' : '';
      await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}${css}</style>${sized}`);
      const file = join(OUT, `${size}.png`);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`wrote ${file}`);
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
