/** The current settings for a Preact page, following every change (this page's, or another's). */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, type Settings, watchSettings } from './settings.ts';

export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    // A change seen while the first read is in flight is newer than what that read returns.
    let changed = false;
    watchSettings((s) => {
      changed = true;
      setSettings(s);
    }, signal);
    loadSettings().then((s) => signal.aborted || changed || setSettings(s));
    return () => controller.abort();
  }, []);
  return settings;
}
