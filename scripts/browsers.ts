/**
 * Where the browsers are: the Chrome/Chromium and Firefox executables that `npm start`, the E2E
 * tests and the icon script look for, on Linux, macOS and Windows, in this order, after the
 * environment's CHROMIUM / FIREFOX. Never downloads one. When none is found, `help` says exactly
 * what to install (the Debian/Ubuntu apt line) and lists every path tried.
 * Plain Node, no dependencies.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export type BrowserKind = 'chromium' | 'firefox';

export interface FoundBrowser {
  kind: BrowserKind;
  path: string | null;
  /** Google Chrome (not Chromium): Chrome 137+ ignores --load-extension. */
  branded: boolean;
  tried: string[];
  /** What to do when nothing was found (empty when found). */
  help: string;
}

function windowsDirs(): string[] {
  return [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter((d): d is string => Boolean(d));
}

/** Candidate paths for this platform, most preferred first. */
export function candidates(kind: BrowserKind, platform: NodeJS.Platform = process.platform): string[] {
  const home = homedir();
  if (kind === 'chromium') {
    if (platform === 'darwin')
      return [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        join(home, 'Applications/Chromium.app/Contents/MacOS/Chromium'),
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        join(home, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
        '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      ];
    if (platform === 'win32')
      return windowsDirs().flatMap((d) => [join(d, 'Chromium', 'Application', 'chrome.exe'), join(d, 'Google', 'Chrome', 'Application', 'chrome.exe')]);
    return [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/snap/bin/chromium',
      '/usr/lib/chromium/chromium',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
    ];
  }
  if (platform === 'darwin')
    return [
      '/Applications/Firefox.app/Contents/MacOS/firefox',
      join(home, 'Applications/Firefox.app/Contents/MacOS/firefox'),
      '/Applications/Firefox Developer Edition.app/Contents/MacOS/firefox',
      '/Applications/Firefox Nightly.app/Contents/MacOS/firefox',
    ];
  if (platform === 'win32')
    return windowsDirs().flatMap((d) => [join(d, 'Mozilla Firefox', 'firefox.exe'), join(d, 'Firefox Developer Edition', 'firefox.exe')]);
  return [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/usr/lib/firefox-esr/firefox-esr',
    '/usr/lib/firefox/firefox',
    '/snap/bin/firefox',
    '/opt/firefox/firefox',
  ];
}

const ENV: Record<BrowserKind, string> = { chromium: 'CHROMIUM', firefox: 'FIREFOX' };

export function findBrowser(kind: BrowserKind, platform: NodeJS.Platform = process.platform): FoundBrowser {
  const fromEnv = process.env[ENV[kind]];
  const tried = [...(fromEnv ? [fromEnv] : []), ...candidates(kind, platform)];
  const path = tried.find((p) => existsSync(p)) ?? null;
  const branded = kind === 'chromium' && path !== null && /google.chrome|Google Chrome/i.test(path) && !/for Testing/.test(path);
  return { kind, path, branded, tried, help: path ? '' : installHelp(kind, tried, platform) };
}

export function installHelp(kind: BrowserKind, tried: string[], platform: NodeJS.Platform = process.platform): string {
  const name = kind === 'chromium' ? 'Chromium (or Chrome)' : 'Firefox';
  const apt = kind === 'chromium' ? 'sudo apt-get install -y chromium fonts-wqy-microhei' : 'sudo apt-get install -y firefox-esr fonts-wqy-microhei';
  const lines = [`No ${name} found. Tried:`, ...tried.map((p) => `  ${p}`), '', 'Install one:'];
  if (platform === 'linux') lines.push(`  Debian/Ubuntu:  ${apt}`);
  if (kind === 'chromium') {
    lines.push('  macOS/Windows:  install Chromium (https://www.chromium.org/getting-involved/download-chromium/) or Google Chrome');
  } else {
    lines.push('  macOS/Windows:  install Firefox (https://www.mozilla.org/firefox/)');
  }
  lines.push(`or point ${ENV[kind]}=/path/to/the/executable at one you have.`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const kind of ['chromium', 'firefox'] as const) {
    const found = findBrowser(kind);
    console.log(found.path ? `${kind}: ${found.path}` : found.help);
  }
}
