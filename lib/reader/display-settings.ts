// How the reader likes the page to look: theme and text size, kept in the browser and set as
// attributes of <html> before the first paint, so the stylesheet applies them at once.
import { inlineScript } from '@/lib/inline-script';

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** The theme that follows the system's: the stylesheet's own, with no attribute on <html>. */
export const defaultTheme: Theme = 'system';

/** Text size steps, 0 (smallest) to 4; 1 is the default. */
export const textSizes = [0, 1, 2, 3, 4] as const;
export const defaultTextSize = 1;

export const displayStorageKey = 'paralelo:display';

export interface DisplaySettings {
  theme: Theme;
  textSize: number;
}

/** The settings stored under `displayStorageKey` (JSON); anything unknown or unreadable gives the defaults. */
export function parseDisplaySettings(stored: string | null): DisplaySettings {
  return readDisplaySettings(stored, themes, textSizes, { theme: defaultTheme, textSize: defaultTextSize });
}

/**
 * The theme and text size in `stored` (JSON), each kept only if it is one of `knownThemes` or
 * `sizes`, else taken from `defaults`.
 *
 * Self-contained on purpose (no outer names, no helpers a compiler could inject): the head
 * script runs this very function's source, so the page and `DisplayControls` read alike.
 */
export function readDisplaySettings<T extends string>(
  stored: string | null,
  knownThemes: readonly T[],
  sizes: readonly number[],
  defaults: { theme: T; textSize: number },
): { theme: T; textSize: number } {
  let value: { theme?: unknown; textSize?: unknown } = {};
  try {
    // Object(): a stored `null`, number or string reads as no settings.
    value = Object(JSON.parse(stored || '{}'));
  } catch {
    // Not JSON: the defaults.
  }
  const theme = value.theme as T;
  const textSize = value.textSize as number;
  return {
    theme: knownThemes.indexOf(theme) !== -1 ? theme : defaults.theme,
    textSize: sizes.indexOf(textSize) !== -1 ? textSize : defaults.textSize,
  };
}

/**
 * The head script's work: reads the settings stored under `key` with `read` and sets on <html>
 * those that differ from `defaults`, which the stylesheet shows without any attribute.
 * Self-contained, like `readDisplaySettings`, which it is given rather than calls.
 */
export function applyStoredDisplay(
  key: string,
  read: typeof readDisplaySettings,
  knownThemes: readonly string[],
  sizes: readonly number[],
  defaults: { theme: string; textSize: number },
): void {
  const settings = read(localStorage.getItem(key), knownThemes, sizes, defaults);
  const root = document.documentElement;
  if (settings.theme !== defaults.theme) root.setAttribute('data-theme', settings.theme);
  if (settings.textSize !== defaults.textSize) root.setAttribute('data-text-size', String(settings.textSize));
}

/**
 * The script every page runs in <head>: applies the stored settings before the first paint.
 * Built from the functions above and this module's constants, nothing else. Marked pure so
 * the client bundle, which loads this module for `DisplayControls`, leaves it out.
 */
export const applyDisplaySettingsScript = /* @__PURE__ */ inlineScript(
  applyStoredDisplay,
  displayStorageKey,
  readDisplaySettings,
  themes,
  textSizes,
  { theme: defaultTheme, textSize: defaultTextSize },
);
