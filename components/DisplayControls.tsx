'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { readStorage, writeStorage } from '@/lib/reader/browser-storage';
import {
  displayStorageKey,
  parseDisplaySettings,
  textSizes,
  themes,
  type DisplaySettings,
  type Theme,
} from '@/lib/reader/display-settings';

export interface DisplayLabels {
  group: string;
  theme: string;
  themeNames: Record<Theme, string>;
  smaller: string;
  larger: string;
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const stored = () => readStorage(displayStorageKey);

function save(settings: DisplaySettings) {
  const root = document.documentElement;
  if (settings.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', settings.theme);
  root.setAttribute('data-text-size', String(settings.textSize));
  writeStorage(displayStorageKey, JSON.stringify(settings));
  for (const listener of listeners) listener();
}

/** Theme (system, light, dark) and text size, remembered for every page of the site. */
export function DisplayControls({ labels }: { labels: DisplayLabels }) {
  const raw = useSyncExternalStore(subscribe, stored, () => '');
  const settings = useMemo(() => parseDisplaySettings(raw || null), [raw]);
  const step = (delta: number) => save({ ...settings, textSize: settings.textSize + delta });

  return (
    <div className="display-controls" role="group" aria-label={labels.group}>
      <label>
        <span className="visually-hidden">{labels.theme}</span>
        <select value={settings.theme} onChange={(e) => save({ ...settings, theme: e.target.value as Theme })}>
          {themes.map((theme) => (
            <option key={theme} value={theme}>
              {labels.themeNames[theme]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" aria-label={labels.smaller} title={labels.smaller} disabled={settings.textSize <= textSizes[0]} onClick={() => step(-1)}>
        A−
      </button>
      <button type="button" aria-label={labels.larger} title={labels.larger} disabled={settings.textSize >= textSizes.at(-1)!} onClick={() => step(1)}>
        A+
      </button>
    </div>
  );
}
