import { describe, expect, it } from 'vitest';
import { displayControlsScript, runDisplayControls } from '@/lib/pre-paint/display';
import { inlineScript } from '@/lib/pre-paint/inline-script';
import {
  defaultTextSize,
  defaultTheme,
  displayDom,
  displayStorageKey,
  parseDisplaySettings,
  readDisplaySettings,
  textSizes,
  themes,
} from '@/lib/reader/display-settings';
import { scriptLiteral } from '@/lib/script-literal';
import { fakeBrowser, type StorageMode } from '../site/fake-browser';
import { h } from '../site/fake-dom';

const json = (value: unknown) => JSON.stringify(value);
const largest = textSizes.at(-1)!;
const smallest = textSizes[0];

/** The display controls as `DisplayControls` renders them, the script run right after them. */
function page({
  stored,
  storageMode,
  script = displayControlsScript,
  choices = themes,
}: { stored?: string; storageMode?: StorageMode; script?: string; choices?: readonly string[] } = {}) {
  const select = h(
    'select',
    { name: displayDom.themeSelect },
    ...choices.map((theme, i) => h('option', { value: theme, ...(i === 0 ? { selected: '' } : {}) })),
  );
  const smaller = h('button', { type: 'button', [displayDom.stepAttribute]: '-1' });
  const larger = h('button', { type: 'button', [displayDom.stepAttribute]: '1' });
  const tab = fakeBrowser({
    url: 'https://paralelo.test/en',
    body: [h('div', { class: 'display-controls', role: 'group' }, h('label', {}, select), smaller, larger)],
    stored: stored === undefined ? {} : { [displayStorageKey]: stored },
    storageMode,
  });
  let changes = 0;
  tab.window.addEventListener(displayDom.changeEvent, () => (changes += 1));
  tab.run(script);
  return Object.assign(tab, {
    select,
    smaller,
    larger,
    html: tab.document.documentElement,
    changes: () => changes,
    choose(theme: string) {
      select.value = theme;
      select.change();
    },
    /** What the page shows: <html>'s attributes, the select's value, which steps are disabled. */
    shown: () => ({
      html: { ...tab.document.documentElement.attributes },
      theme: select.value,
      disabled: [smaller, larger].map((button) => button.getAttribute('aria-disabled')),
    }),
  });
}

/** What the controls should show for settings: attributes only where they differ from the defaults. */
function showing(theme: string, textSize: number) {
  const html: Record<string, string> = {};
  if (theme !== defaultTheme) html['data-theme'] = theme;
  if (textSize !== defaultTextSize) html['data-text-size'] = String(textSize);
  return {
    html,
    theme,
    disabled: [String(textSize === smallest), String(textSize === largest)],
  };
}

describe('the display controls show the stored settings from the moment they are parsed', () => {
  it.each([
    undefined,
    '',
    json({ theme: 'dark', textSize: 3 }),
    json({ theme: 'light', textSize: smallest }),
    json({ textSize: largest }),
    json({ theme: 'sepia', textSize: 9 }),
    json({ theme: '</script>', textSize: '2' }),
    '{"__proto__":{"theme":"dark","textSize":3}}',
    'null',
    '"dark"',
    '{',
  ])('with %j stored', (stored) => {
    const settings = parseDisplaySettings(stored ?? null);
    const tab = page({ stored });
    expect(tab.shown()).toEqual(showing(settings.theme, settings.textSize));
    expect(tab.read).toEqual([displayStorageKey]);
    expect(tab.changes()).toBe(0);
  });

  it('shows the defaults where storage is blocked', () => {
    expect(page({ stored: json({ theme: 'dark' }), storageMode: 'blocked' }).shown()).toEqual(
      showing(defaultTheme, defaultTextSize),
    );
  });
});

describe('a change of a display control', () => {
  it('applies a theme at once, remembers it and says so; the default theme leaves no attribute', () => {
    const tab = page();
    tab.choose('dark');
    expect(tab.shown()).toEqual(showing('dark', defaultTextSize));
    expect(JSON.parse(tab.stored.get(displayStorageKey)!)).toEqual({ theme: 'dark', textSize: defaultTextSize });
    tab.choose(defaultTheme);
    expect(tab.shown()).toEqual(showing(defaultTheme, defaultTextSize));
    expect(tab.changes()).toBe(2);
  });

  it('ignores a theme it does not know', () => {
    const tab = page({ choices: [...themes, 'sepia'] });
    tab.choose('sepia');
    expect(tab.html.attributes).toEqual({});
    expect(tab.stored.size).toBe(0);
    expect(tab.changes()).toBe(0);
  });

  it('steps the text size one size at a time, within the sizes, each end marked but still focusable', () => {
    const tab = page();
    const seen = [];
    for (let i = 0; i < textSizes.length; i++) {
      tab.larger.click();
      seen.push(tab.html.getAttribute('data-text-size'));
    }
    expect(seen).toEqual([
      ...textSizes.filter((size) => size > defaultTextSize).map(String),
      ...Array(2).fill(String(largest)),
    ]);
    expect(tab.shown()).toEqual(showing(defaultTheme, largest));
    expect(tab.changes()).toBe(largest - defaultTextSize);
    expect(tab.larger.hasAttribute('disabled')).toBe(false);
    for (let i = 0; i <= textSizes.length; i++) tab.smaller.click();
    expect(tab.shown()).toEqual(showing(defaultTheme, smallest));
    expect(JSON.parse(tab.stored.get(displayStorageKey)!)).toEqual({ theme: defaultTheme, textSize: smallest });
    tab.larger.click();
    expect(tab.shown()).toEqual(showing(defaultTheme, defaultTextSize));
  });

  it('keeps both settings together, and works on in memory where storage is out of reach', () => {
    for (const storageMode of ['blocked', 'full'] as const) {
      const tab = page({ stored: json({ theme: 'light', textSize: 2 }), storageMode });
      const start = storageMode === 'full' ? 2 : defaultTextSize;
      tab.larger.click();
      tab.choose('dark');
      tab.larger.click();
      expect(tab.shown()).toEqual(showing('dark', start + 2));
      expect(tab.changes()).toBe(3);
    }
  });
});

describe('the display controls script is built from the typed code', () => {
  it('embeds the settings’ constants and names, and the functions it runs', () => {
    for (const value of [displayStorageKey, themes, textSizes, displayDom]) {
      expect(displayControlsScript).toContain(scriptLiteral(value));
    }
    expect(displayControlsScript).toContain(runDisplayControls.toString());
    expect(displayControlsScript).toContain(readDisplaySettings.toString());
  });

  it('writes no theme, size, key or name of its own', () => {
    const source = runDisplayControls.toString();
    for (const name of [...themes, displayStorageKey, displayDom.themeSelect, displayDom.stepAttribute]) {
      expect(source).not.toMatch(new RegExp(`['"\`]${name}['"\`]`));
    }
    expect(source).not.toMatch(/[<>]=?\s*\d/);
  });

  it('follows the constants it is given: another theme or size would need no change to the code', () => {
    const script = inlineScript(
      runDisplayControls,
      'key',
      readDisplaySettings,
      [...themes, 'sepia'],
      [...textSizes, largest + 1],
      { theme: defaultTheme, textSize: defaultTextSize },
      displayDom,
    );
    const tab = page({ script, choices: [...themes, 'sepia'] });
    tab.choose('sepia');
    for (let i = 0; i < 5; i++) tab.larger.click();
    expect(tab.html.attributes).toEqual({ 'data-theme': 'sepia', 'data-text-size': String(largest + 1) });
    expect(JSON.parse(tab.stored.get('key')!)).toEqual({ theme: 'sepia', textSize: largest + 1 });
  });
});
