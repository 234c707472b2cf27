import { describe, expect, it } from 'vitest';
import { applyDisplaySettingsScript, applyStoredDisplay } from '@/lib/pre-paint/display';
import { inlineScript } from '@/lib/pre-paint/inline-script';
import {
  defaultTextSize,
  defaultTheme,
  displayStorageKey,
  parseDisplaySettings,
  readDisplaySettings,
  textSizes,
  themes,
} from '@/lib/reader/display-settings';
import { scriptLiteral } from '@/lib/script-literal';
import { blocked, el, runOnPage } from '../site/fake-page';

const json = (value: unknown) => JSON.stringify(value);

/** Every stored value the head script may meet: the app's own, a hand-edited one, a hostile one. */
const storedValues: (string | null)[] = [
  null,
  '',
  '{}',
  ...themes.flatMap((theme) => textSizes.map((textSize) => json({ theme, textSize }))),
  ...themes.map((theme) => json({ theme })),
  ...textSizes.map((textSize) => json({ textSize })),
  json({ theme: 'DARK', textSize: '2' }),
  json({ theme: 'sepia', textSize: 2.5 }),
  json({ textSize: -1 }),
  json({ textSize: textSizes.at(-1)! + 1 }),
  json({ textSize: null }),
  json({ textSize: true }),
  json({ textSize: [2] }),
  json({ theme: null }),
  json({ theme: ['dark'] }),
  json({ theme: '</script><script>alert(1)</script>', textSize: '"><img src=x onerror=alert(1)>' }),
  '{"__proto__":{"theme":"dark","textSize":3}}',
  '{"theme":"dark","theme":"light"}',
  'null',
  'true',
  '3',
  '"dark"',
  '[]',
  '{',
  'undefined',
  '{"theme":"dark"',
];

/** The attributes of <html> once the head script has run on a page with this storage. */
function headScriptOn(storage: Record<string, string> | typeof blocked, unguarded = false) {
  const html = el();
  runOnPage(applyDisplaySettingsScript, { html, storage }, unguarded);
  return html.attributes;
}

describe('parseDisplaySettings', () => {
  it('reads stored settings', () => {
    expect(parseDisplaySettings(json({ theme: 'dark', textSize: 3 }))).toEqual({ theme: 'dark', textSize: 3 });
    expect(parseDisplaySettings(json({ theme: 'light' }))).toEqual({ theme: 'light', textSize: defaultTextSize });
  });

  it.each([null, '', '{', 'null', '"dark"', json({ theme: 'sepia', textSize: '2' }), json({ textSize: 9 })])(
    'gives the defaults for %j',
    (stored) => {
      expect(parseDisplaySettings(stored)).toEqual({ theme: defaultTheme, textSize: defaultTextSize });
    },
  );
});

describe('the head script and parseDisplaySettings agree', () => {
  it.each(storedValues)('on %j', (stored) => {
    const settings = parseDisplaySettings(stored);
    const expected: Record<string, string> = {};
    if (settings.theme !== defaultTheme) expected['data-theme'] = settings.theme;
    if (settings.textSize !== defaultTextSize) expected['data-text-size'] = String(settings.textSize);
    const storage: Record<string, string> = stored === null ? {} : { [displayStorageKey]: stored };
    expect(headScriptOn(storage, true)).toEqual(expected);
  });

  it('sets each theme but the default, and each text size but the default', () => {
    for (const theme of themes) {
      expect(headScriptOn({ [displayStorageKey]: json({ theme }) })['data-theme']).toBe(
        theme === defaultTheme ? undefined : theme,
      );
    }
    for (const textSize of textSizes) {
      const expected = textSize === defaultTextSize ? undefined : String(textSize);
      expect(headScriptOn({ [displayStorageKey]: json({ textSize }) })['data-text-size']).toBe(expected);
    }
  });

  it('reads only its own key, and leaves the page alone when storage is blocked', () => {
    const html = el();
    expect(runOnPage(applyDisplaySettingsScript, { html, storage: { other: json({ theme: 'dark' }) } })).toEqual([
      displayStorageKey,
    ]);
    expect(html.attributes).toEqual({});
    expect(headScriptOn(blocked)).toEqual({});
  });
});

describe('the head script is built from the typed code', () => {
  it('embeds the constants and the functions of display-settings.ts', () => {
    for (const value of [displayStorageKey, themes, textSizes, { theme: defaultTheme, textSize: defaultTextSize }]) {
      expect(applyDisplaySettingsScript).toContain(scriptLiteral(value));
    }
    expect(applyDisplaySettingsScript).toContain(readDisplaySettings.toString());
    expect(applyDisplaySettingsScript).toContain(applyStoredDisplay.toString());
  });

  it('writes no theme, size or key of its own', () => {
    for (const source of [readDisplaySettings.toString(), applyStoredDisplay.toString()]) {
      for (const name of [...themes, displayStorageKey]) expect(source).not.toMatch(new RegExp(`['"\`]${name}['"\`]`));
      // No range of sizes of its own either, as in `textSize <= 4`.
      expect(source).not.toMatch(/[<>]=?\s*\d/);
    }
  });

  it('follows the constants it is given: another theme or size would need no change to the code', () => {
    const script = inlineScript(
      applyStoredDisplay,
      'key',
      readDisplaySettings,
      [...themes, 'sepia'],
      [...textSizes, 5],
      {
        theme: defaultTheme,
        textSize: defaultTextSize,
      },
    );
    const html = el();
    runOnPage(script, { html, storage: { key: json({ theme: 'sepia', textSize: 5 }) } }, true);
    expect(html.attributes).toEqual({ 'data-theme': 'sepia', 'data-text-size': '5' });
  });
});
