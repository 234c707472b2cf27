import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { defaultLanguage, languages } from '@/lib/i18n/config';
import {
  chooseLanguageScript,
  goToPreferredLanguage,
  languageChoicePage,
  languageChoiceStyles,
  languageChoiceStylesheet,
} from '@/lib/i18n/language-choice-page';
import { firstSupported, negotiateLanguage } from '@/lib/i18n/negotiate';
import { scriptLiteral } from '@/lib/script-literal';

/** Runs the page's script on a browser that states these languages; where it sends it. */
function chosen(navigator: { languages?: readonly string[]; language?: string }): string {
  let target = '';
  runInNewContext(chooseLanguageScript, { navigator, location: { replace: (to: string) => (target = to) } });
  return target;
}

describe('firstSupported: the rule of `/`, on the server and in the browser', () => {
  it.each([
    [['es-ES'], 'es'],
    [['es-419', 'en'], 'es'],
    [['en-US', 'es'], 'en'],
    [['fr-FR'], 'en'],
    [['fr-FR', 'de', 'es-MX'], 'es'],
    [['ES'], 'es'],
    [[' es '], 'es'],
    [['*', 'es'], 'en'],
    [['', 'es'], 'es'],
    [[], 'en'],
  ])('picks from %j: %s', (ranges, lng) => {
    expect(firstSupported(ranges, languages, 'en')).toBe(lng);
    // The same answer as the server's redirect for the header a browser would send.
    expect(negotiateLanguage(ranges.join(','))).toBe(lng);
  });
});

describe('the static export’s / script', () => {
  it.each([
    [{ languages: ['es-ES', 'es'] }, '/es'],
    [{ languages: ['en-US'] }, '/en'],
    [{ languages: ['fr-FR', 'fr'] }, '/en'],
    [{ languages: ['fr-FR', 'es-AR'] }, '/es'],
    [{ languages: [], language: 'es-MX' }, '/es'],
    [{ language: 'es' }, '/es'],
    [{}, '/en'],
  ])('sends %j to %s', (navigator, path) => {
    expect(chosen(navigator)).toBe(path);
  });

  it('is built from the server’s rule and the site’s languages, with none of its own', () => {
    expect(chooseLanguageScript).toContain(firstSupported.toString());
    expect(chooseLanguageScript).toContain(goToPreferredLanguage.toString());
    expect(chooseLanguageScript).toContain(`${scriptLiteral(languages)},${scriptLiteral(defaultLanguage)}`);
    for (const source of [firstSupported.toString(), goToPreferredLanguage.toString()]) {
      for (const lng of languages) expect(source).not.toMatch(new RegExp(`['"\`]/?${lng}['"\`]`));
    }
  });

  it('stays on the page, which links to both languages, where the browser fails it', () => {
    const failing = {
      get languages(): never {
        throw new Error('blocked');
      },
    };
    expect(() => chosen(failing)).not.toThrow();
    expect(chosen(failing)).toBe('');
  });
});

describe('languageChoicePage', () => {
  const html = languageChoicePage();

  it('links to both languages, each in its own language, for readers without JavaScript', () => {
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(
      '<section lang="en"><p class="tagline">News in English and Spanish, paragraph by paragraph.</p><p><a href="/en" hreflang="en">Read in English</a></p></section>',
    );
    expect(html).toContain(
      '<section lang="es"><p class="tagline">Noticias en inglés y en español, párrafo a párrafo.</p><p><a href="/es" hreflang="es">Leer en español</a></p></section>',
    );
  });

  it('runs its script in the head, before anything shows, and loads only its own stylesheet', () => {
    expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('<body>'));
    expect(html).not.toMatch(/<script src|https?:\/\//);
    expect(html.match(/<link rel="stylesheet"[^>]*>/g)).toEqual([
      `<link rel="stylesheet" href="/${languageChoiceStylesheet}">`,
    ]);
  });

  it("has no inline style, which the site's policy (style-src 'self') would block", () => {
    expect(html).not.toMatch(/<style|style="/);
    expect(languageChoiceStyles).toContain('color-scheme:light dark');
  });
});
