import 'server-only';
import {
  defaultTextSize,
  defaultTheme,
  displayStorageKey,
  readDisplaySettings,
  textSizes,
  themes,
} from '@/lib/reader/display-settings';
import { inlineScript } from './inline-script';

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
 * Built from the functions above and the display settings' constants, nothing else.
 */
export const applyDisplaySettingsScript = inlineScript(
  applyStoredDisplay,
  displayStorageKey,
  readDisplaySettings,
  themes,
  textSizes,
  { theme: defaultTheme, textSize: defaultTextSize },
);
