// How the reader likes the page to look: theme and text size, kept in the browser and set as
// attributes of <html> before the first paint, so the stylesheet applies them at once.

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
 * script (`lib/pre-paint/display.ts`) runs this very function's source, so the page and
 * `DisplayControls` read alike.
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

/** The display controls' markup, as `DisplayControls` renders it and its script finds it. */
export const displayDom = {
  /** The theme `<select>`'s name. */
  themeSelect: 'theme',
  /** On the smaller and larger text buttons: the step each takes (-1, 1). */
  stepAttribute: 'data-text-step',
  /** Fired on `window` after a display control changed the settings. */
  changeEvent: 'paralelo:display',
} as const;
