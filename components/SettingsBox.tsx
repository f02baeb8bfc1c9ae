import { CHECKS } from '@/lib/checks';
import type { Lang } from '@/lib/model/finding';
import { ui } from '@/lib/i18n/ui';
import type { Settings } from '@/lib/settings';

/** Turning a check off applies to every page; dismissing a finding (in the list) to one page only. */
export function SettingsBox({ lang, settings, saveSettings }: { lang: Lang; settings: Settings; saveSettings(s: Settings): void }) {
  const t = ui(lang);
  const toggle = (id: string, on: boolean) =>
    saveSettings({ ...settings, disabled: on ? settings.disabled.filter((d) => d !== id) : [...settings.disabled, id] });
  return (
    <details class="settings">
      <summary>{t.settings}</summary>
      <fieldset>
        <legend>{t.checksOff}</legend>
        {CHECKS.map((check) => (
          <label key={check.id}>
            <input type="checkbox" checked={!settings.disabled.includes(check.id)} onChange={(e) => toggle(check.id, (e.target as HTMLInputElement).checked)} />
            <code>{check.id}</code> {check.describes[lang]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
