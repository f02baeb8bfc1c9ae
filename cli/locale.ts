import type { Lang } from '../lib/model/finding';

/**
 * The language a locale name asks for: Chinese (zh, zh_CN, zh_TW.UTF-8, zh-Hans-CN…) → zh-CN;
 * another language → en; C, POSIX or nothing says nothing → null.
 */
export function langOfLocale(locale: string | undefined): Lang | null {
  const name = (locale ?? '').trim();
  if (!name) return null;
  // language[_territory][.codeset][@modifier]; BCP 47 tags (zh-Hans-CN) come with hyphens.
  const language = name.split(/[_.@-]/)[0]!.toLowerCase();
  if (language === 'c' || language === 'posix' || language === 'und' || !/^[a-z]{2,3}$/.test(language)) return null;
  return language === 'zh' ? 'zh-CN' : 'en';
}

export interface LocaleSources {
  env: Readonly<Record<string, string | undefined>>;
  /** The runtime's own locale (Intl), consulted last. */
  intlLocale?: () => string | undefined;
  platform?: string;
}

function intlDefault(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return undefined;
  }
}

/**
 * The CLI's language when `--lang` is not given, from the locale the way POSIX programs find it:
 * the first of LC_ALL, LC_MESSAGES, LANG that is set decides; then Intl's resolved locale. zh-CN
 * when that locale is Chinese or says nothing (C, POSIX, unset); en when it is another language.
 *
 * Intl is heard only where it knows something the variables do not: on Windows it reflects the
 * user's setting, while elsewhere it is built from the same variables, and with none of them set it
 * reports ICU's own fallback, en-US, which says nothing about the user.
 */
export function defaultLang({ env, intlLocale = intlDefault, platform = process.platform }: LocaleSources): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value) return langOfLocale(value) ?? 'zh-CN';
  }
  if (platform === 'win32') return langOfLocale(intlLocale()) ?? 'zh-CN';
  return 'zh-CN';
}
