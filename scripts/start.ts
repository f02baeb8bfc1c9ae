/**
 * npm start: Gouji on its sample report, in Chromium (or Chrome) — or Firefox with --firefox.
 *
 *   npm start [-- --firefox] [-- --headless|--headed] [-- --lang zh-CN|en]
 *   node --import tsx scripts/start.ts [--firefox] [--headless] [--lang zh-CN|en]
 *
 * The browser is found by scripts/browsers.ts (Linux, macOS and Windows paths, or $CHROMIUM /
 * $FIREFOX); when there is none it says what to install and exits 1. Firefox gets the Firefox
 * build (MV2) as a temporary add-on, through WebDriver BiDi (scripts/firefox.ts).
 *
 * Builds the extension (npx wxt build), serves assets/samples/sample-report.html at
 * http://www.example.gov.cn:<port>/zwgk/zfxxgknb/2024/sample-report.html (every *.gov.cn name
 * resolves to 127.0.0.1 inside the browser) and opens it with Gouji loaded.
 * - With a display ($DISPLAY or $WAYLAND_DISPLAY) and no --headless: a browser window to try it in;
 *   runs until the window is closed (or Ctrl-C).
 * - Otherwise: waits for the audit, prints it (the CLI's text format, of what the extension found
 *   in the page) and the panel's verdict, saves screenshots of the annotated page and of the panel
 *   to .tmp/start/, and exits 0.
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { withMessages } from '../lib/audit';
import { formatTextReport } from '../lib/format/text-report';
import { AuditResultSchema } from '../lib/model/schema';
import { readFileSync } from 'node:fs';
import { findBrowser } from './browsers';
import { CHROMIUM, hoverFirstError, launchWithExtension } from './chromium';
import { buildExtension } from './extension-build';
import { launchFirefoxWithExtension, navigate } from './firefox';
import { sleep } from './in-browser';
import { ROOT } from './paths';
import { startServer } from './static-server';

const SAMPLE = join(ROOT, 'assets', 'samples', 'sample-report.html');
const REPORT_PATH = '/zwgk/zfxxgknb/2024/sample-report.html';
const OUT = join(ROOT, '.tmp', 'start');

function parseArgs(argv: string[]): { headless: boolean; lang: 'zh-CN' | 'en'; firefox: boolean } {
  let headless = process.platform === 'linux' ? !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) : false;
  let firefox = false;
  let lang: 'zh-CN' | 'en' = 'zh-CN';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--headless') headless = true;
    else if (arg === '--firefox') firefox = true;
    else if (arg === '--chromium' || arg === '--chrome') firefox = false;
    else if (arg === '--headed') headless = false;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v !== 'zh-CN' && v !== 'en') throw new Error(`--lang takes zh-CN or en, not "${v ?? ''}"`);
      lang = v;
    } else if (arg === '--help' || arg === '-h') {
      console.log('Usage: npm start -- [--firefox] [--headless|--headed] [--lang zh-CN|en]');
      process.exit(0);
    } else throw new Error(`unknown option "${arg}"`);
  }
  return { headless, lang, firefox };
}

async function main(): Promise<number> {
  const { headless, lang, firefox } = parseArgs(process.argv.slice(2));
  const log = (line: string) => console.error(`[start] ${line}`);
  const found = findBrowser(firefox ? 'firefox' : 'chromium');
  if (!found.path && !(firefox ? process.env.FIREFOX : process.env.CHROMIUM)) {
    console.error(found.help);
    return 1;
  }
  if (firefox) return startFirefox({ headless, lang, log });
  if (found.branded) log(`${found.path} is Google Chrome: Chrome 137 and later ignore --load-extension; if Gouji does not show up, install Chromium.`);
  const build = await buildExtension({ browser: 'chrome', log });
  const server = await startServer({ mounts: [], files: { [REPORT_PATH]: SAMPLE } });
  const url = server.url(REPORT_PATH);
  log(`serving ${relative(ROOT, SAMPLE)} at ${url}`);
  log(`launching ${CHROMIUM} (${headless ? 'headless' : 'headed'})`);
  const browser = await launchWithExtension({ extensionDir: build.dir, headless, viewport: headless ? { width: 1280, height: 900 } : null });
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await browser.close();
    await server.close();
  };
  process.once('SIGINT', () => void shutdown().then(() => process.exit(130)));
  process.once('SIGTERM', () => void shutdown().then(() => process.exit(143)));

  try {
    if (lang === 'en') await browser.inWorker((l: string) => chrome.storage.local.set({ settings: { lang: l, disabled: [] } }), lang);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(url);
    const tabId = await browser.tabIdOf(page);
    const stored = await browser.waitForAudit(tabId, { timeout: 15_000 });

    if (!headless) {
      log('Gouji is loaded: the marked cells, the pill above the table and the toolbar badge are on the page;');
      log('click the Gouji toolbar button (puzzle icon → pin it) to open the side panel. Close the window to quit.');
      await new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
      await server.close();
      return 0;
    }

    const result = AuditResultSchema.parse(stored.result);
    process.stdout.write(formatTextReport({ ...result, findings: withMessages(result.findings, lang) }, { lang, color: Boolean(process.stdout.isTTY) }));

    mkdirSync(OUT, { recursive: true });
    await page.bringToFront();
    await page.locator('[data-gouji]').first().waitFor({ state: 'attached', timeout: 10_000 });
    await hoverFirstError(page);
    await page.waitForTimeout(200);
    const pageShot = join(OUT, 'page.png');
    await page.screenshot({ path: pageShot });

    const panel = await browser.openPanel(tabId);
    const verdict = (await panel.textContent('[data-testid=verdict]'))?.trim() ?? '';
    const findings = await panel.$$eval('li.finding', (els) =>
      els.map((el) => `${el.getAttribute('data-check')}: ${el.querySelector('.message')?.textContent ?? ''}`),
    );
    const panelShot = join(OUT, 'panel.png');
    await panel.screenshot({ path: panelShot, fullPage: true });
    const badge = await browser.badgeText(tabId);

    console.log('');
    console.log(`${lang === 'en' ? 'Badge' : '徽标'}: ${badge}    ${lang === 'en' ? 'Panel' : '侧边栏'}: ${verdict} (${findings.length})`);
    console.log(`${lang === 'en' ? 'Screenshots' : '截图'}:`);
    console.log(`  ${pageShot}`);
    console.log(`  ${panelShot}`);
    return 0;
  } finally {
    await shutdown();
  }
}

/** The same in Firefox: the Firefox build as a temporary add-on, the sidebar's page in a tab for the screenshot. */
async function startFirefox({ headless, lang, log }: { headless: boolean; lang: 'zh-CN' | 'en'; log: (line: string) => void }): Promise<number> {
  const build = await buildExtension({ browser: 'firefox', log });
  const manifest = JSON.parse(readFileSync(join(build.dir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const server = await startServer({ mounts: [], files: { [REPORT_PATH]: SAMPLE } });
  const url = server.url(REPORT_PATH);
  log(`serving ${relative(ROOT, SAMPLE)} at ${url}`);
  log(`launching ${findBrowser('firefox').path} (${headless ? 'headless' : 'headed'})`);
  const ff = await launchFirefoxWithExtension({
    extensionDir: build.dir,
    addonId: manifest.browser_specific_settings.gecko.id,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
  });
  log(`Firefox started in ${(ff.launchMs / 1000).toFixed(1)} s, add-on installed in ${(ff.installMs / 1000).toFixed(1)} s`);
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await ff.close();
    await server.close();
  };
  process.once('SIGINT', () => void shutdown().then(() => process.exit(130)));
  process.once('SIGTERM', () => void shutdown().then(() => process.exit(143)));
  try {
    if (lang === 'en')
      await ff.inExtension(
        (l: string) => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set({ settings: { lang: l, disabled: [] } }),
        lang,
      );
    const page = (await ff.browser.pages())[0] ?? (await ff.newPage());
    const t0 = Date.now();
    await navigate(page, url);
    const tabId = await ff.tabIdOf(page);
    const stored = await ff.waitForAudit(tabId, { timeout: 15_000 });
    log(`audited and stored ${Date.now() - t0} ms after the navigation started`);
    if (!headless) {
      log('Gouji is loaded: the marked cells, the pill above the table and the toolbar badge are on the page;');
      log('open the sidebar with the Gouji toolbar button (or View → Sidebar). Close the window to quit.');
      await new Promise<void>((resolve) => ff.browser.once('disconnected', () => resolve()));
      await server.close();
      return 0;
    }
    const result = AuditResultSchema.parse(stored.result);
    process.stdout.write(formatTextReport({ ...result, findings: withMessages(result.findings, lang) }, { lang, color: Boolean(process.stdout.isTTY) }));
    mkdirSync(OUT, { recursive: true });
    await page.evaluate(`(() => {
      document.querySelector('[data-gouji]')?.closest('table')?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -40);
    })()`);
    await page.hover('[data-gouji=error]').catch(() => undefined);
    await sleep(300);
    const pageShot = join(OUT, 'firefox-page.png');
    await page.screenshot({ path: pageShot });
    const panel = await ff.openPanel(tabId);
    const verdict = ((await panel.evaluate(`document.querySelector('[data-testid=verdict]')?.textContent ?? ''`)) as string).trim();
    const findings = (await panel.evaluate(`document.querySelectorAll('li.finding').length`)) as number;
    const panelShot = join(OUT, 'firefox-panel.png');
    await panel.screenshot({ path: panelShot, fullPage: true });
    const badge = await ff.badgeText(tabId);
    const errors = ff.extensionErrors();
    console.log('');
    console.log(`${lang === 'en' ? 'Badge' : '徽标'}: ${badge}    ${lang === 'en' ? 'Sidebar' : '侧边栏'}: ${verdict} (${findings})`);
    console.log(`${lang === 'en' ? 'Screenshots' : '截图'}:`);
    console.log(`  ${pageShot}`);
    console.log(`  ${panelShot}`);
    if (errors.length) console.log(`Extension errors in Firefox's console:\n  ${errors.join('\n  ')}`);
    return errors.length ? 1 : 0;
  } finally {
    await shutdown();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[start] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
