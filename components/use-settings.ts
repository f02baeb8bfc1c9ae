import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, parseDismissed, parseSettings, withDismissed, type Dismissed, type Settings } from '@/lib/settings';

/** Settings and dismissed findings, from extension storage, parsed on every read. */
export function useSettings() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [dismissed, setDismissed] = useState<Dismissed>({});

  useEffect(() => {
    const read = async () => {
      const stored = await browser.storage.local.get(['settings', 'dismissed']);
      setSettings(parseSettings(stored.settings));
      setDismissed(parseDismissed(stored.dismissed));
    };
    void read();
    const onChange = (_c: unknown, area: string) => area === 'local' && void read();
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);

  const saveSettings = useCallback((next: Settings) => {
    setSettings(next);
    void browser.storage.local.set({ settings: next });
  }, []);

  const setDismissedFor = useCallback(
    (url: string, keys: string[]) => {
      const next = withDismissed(dismissed, url, keys);
      setDismissed(next);
      void browser.storage.local.set({ dismissed: next });
    },
    [dismissed],
  );

  return { settings, saveSettings, dismissed, setDismissedFor };
}
