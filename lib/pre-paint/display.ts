import 'server-only';
import {
  defaultTextSize,
  defaultTheme,
  displayDom,
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

/**
 * The display controls at work from the moment they are parsed, without React: the theme
 * `<select>` and the smaller and larger text buttons show the settings stored under `key`,
 * apply a change to <html> at once, remember it (in memory where storage is out of reach),
 * and fire `dom.changeEvent`. A button at either end of the sizes is `aria-disabled`, not
 * disabled, so it keeps the keyboard focus.
 *
 * Self-contained, like `applyStoredDisplay`, given `readDisplaySettings`.
 */
export function runDisplayControls(
  key: string,
  read: typeof readDisplaySettings,
  knownThemes: readonly string[],
  sizes: readonly number[],
  defaults: { theme: string; textSize: number },
  dom: typeof displayDom,
): void {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(key);
  } catch {
    // Storage out of reach: the defaults, kept in memory from here on.
  }
  const settings = read(stored, knownThemes, sizes, defaults);
  const select = document.getElementsByName(dom.themeSelect)[0] as HTMLSelectElement | undefined;
  const steppers = document.querySelectorAll<HTMLElement>('[' + dom.stepAttribute + ']');
  const show = () => {
    const root = document.documentElement;
    if (settings.theme === defaults.theme) root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', settings.theme);
    if (settings.textSize === defaults.textSize) root.removeAttribute('data-text-size');
    else root.setAttribute('data-text-size', String(settings.textSize));
    if (select) select.value = settings.theme;
    for (let i = 0; i < steppers.length; i++) {
      const step = Number(steppers[i]!.getAttribute(dom.stepAttribute));
      steppers[i]!.setAttribute('aria-disabled', String(sizes.indexOf(settings.textSize + step) === -1));
    }
  };
  const save = () => {
    show();
    try {
      localStorage.setItem(key, JSON.stringify(settings));
    } catch {
      // Not remembered beyond this page.
    }
    window.dispatchEvent(new CustomEvent(dom.changeEvent));
  };
  show();
  if (select) {
    select.addEventListener('change', () => {
      if (knownThemes.indexOf(select.value) === -1) return;
      settings.theme = select.value;
      save();
    });
  }
  for (let i = 0; i < steppers.length; i++) {
    steppers[i]!.addEventListener('click', (event) => {
      const next = settings.textSize + Number((event.currentTarget as Element).getAttribute(dom.stepAttribute));
      if (sizes.indexOf(next) === -1) return;
      settings.textSize = next;
      save();
    });
  }
}

/** The script that follows the display controls in every page's header: `runDisplayControls` with the settings' constants. */
export const displayControlsScript = inlineScript(
  runDisplayControls,
  displayStorageKey,
  readDisplaySettings,
  themes,
  textSizes,
  { theme: defaultTheme, textSize: defaultTextSize },
  displayDom,
);
