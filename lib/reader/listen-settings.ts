import { storedValue } from './external-value';

/** The speeds the player offers, 1 being the voice's own. */
export const speeds = [0.75, 1, 1.25, 1.5] as const;

/** How the reader likes to listen, remembered for every article. */
export interface ListenSettings {
  rate: number;
  /** Go on to the next block once one is read. */
  readOn: boolean;
}

const defaultSettings: ListenSettings = { rate: 1, readOn: true };

/** The settings in stored text; anything missing or unknown is the default. */
export function parseListenSettings(text: string): ListenSettings {
  if (!text) return defaultSettings;
  try {
    const value = JSON.parse(text) as Partial<ListenSettings>;
    return {
      rate: speeds.find((s) => s === value.rate) ?? defaultSettings.rate,
      readOn: typeof value.readOn === 'boolean' ? value.readOn : defaultSettings.readOn,
    };
  } catch {
    return defaultSettings;
  }
}

export const listenSettings = storedValue('paralelo:listen', parseListenSettings, (settings) =>
  JSON.stringify(settings),
);
