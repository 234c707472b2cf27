// How the reader likes the page to look: theme and text size, kept in the browser and set as
// attributes of <html> before the first paint, so the stylesheet applies them at once.

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** Text size steps, 0 (smallest) to 4; 1 is the default. */
export const textSizes = [0, 1, 2, 3, 4] as const;
export const defaultTextSize = 1;

export const displayStorageKey = 'paralelo:display';

export interface DisplaySettings {
  theme: Theme;
  textSize: number;
}

export function parseDisplaySettings(stored: string | null): DisplaySettings {
  try {
    const value = JSON.parse(stored ?? '{}') as Partial<DisplaySettings>;
    return {
      theme: themes.includes(value.theme as Theme) ? (value.theme as Theme) : 'system',
      textSize: textSizes.includes(value.textSize as never) ? (value.textSize as number) : defaultTextSize,
    };
  } catch {
    return { theme: 'system', textSize: defaultTextSize };
  }
}

/** Static code (no data) run in <head>: applies the stored settings before the first paint. */
export const applyDisplaySettingsScript = `(function(){try{
var s=JSON.parse(localStorage.getItem('${displayStorageKey}')||'{}'),d=document.documentElement;
if(s.theme==='light'||s.theme==='dark')d.setAttribute('data-theme',s.theme);
if(s.textSize>=0&&s.textSize<=4)d.setAttribute('data-text-size',String(s.textSize));
}catch(e){}})()`;
