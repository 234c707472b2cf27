'use client';

import {
  displayStorageKey,
  parseDisplaySettings,
  textSizes,
  themes,
  type DisplaySettings,
  type Theme,
} from '@/lib/reader/display-settings';
import { storedValue, useExternalValue } from '@/lib/reader/external-value';

export interface DisplayLabels {
  group: string;
  theme: string;
  themeNames: Record<Theme, string>;
  smaller: string;
  larger: string;
}

const displaySettings = storedValue(
  displayStorageKey,
  (text) => parseDisplaySettings(text || null),
  (settings) => JSON.stringify(settings),
);

/** Applies `settings` to the page at once (the stylesheet reads them from <html>) and remembers them. */
function save(settings: DisplaySettings) {
  const root = document.documentElement;
  if (settings.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', settings.theme);
  root.setAttribute('data-text-size', String(settings.textSize));
  displaySettings.set(settings);
}

/** Theme (system, light, dark) and text size, remembered for every page of the site. */
export function DisplayControls({ labels }: { labels: DisplayLabels }) {
  const settings = useExternalValue(displaySettings);
  const step = (delta: number) => {
    const textSize = settings.textSize + delta;
    if (textSizes.includes(textSize as never)) save({ ...settings, textSize });
  };
  const smallest = settings.textSize <= textSizes[0];
  const largest = settings.textSize >= textSizes.at(-1)!;

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
      {/* "A−" and "A+" are symbols, not words: hidden from the accessible name, which is the label.
          At either end a button is aria-disabled, not disabled, so it keeps the keyboard focus. */}
      <button type="button" title={labels.smaller} aria-disabled={smallest} onClick={() => step(-1)}>
        <span aria-hidden="true">A−</span>
        <span className="visually-hidden">{labels.smaller}</span>
      </button>
      <button type="button" title={labels.larger} aria-disabled={largest} onClick={() => step(1)}>
        <span aria-hidden="true">A+</span>
        <span className="visually-hidden">{labels.larger}</span>
      </button>
    </div>
  );
}
