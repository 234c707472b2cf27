import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NotFoundMessage } from '@/components/site/NotFoundMessage';
import { defaultLanguage, languages } from '@/lib/i18n/config';
import { languageOfPath } from '@/lib/i18n/negotiate';
import { notFoundSectionClass } from '@/lib/i18n/not-found-language';
import { inlineScript } from '@/lib/pre-paint/inline-script';
import { keepLanguageOfPath, keepLanguageOfPathScript } from '@/lib/pre-paint/not-found';
import { scriptLiteral } from '@/lib/script-literal';
import { el, runOnPage, type FakeElement } from '../site/fake-page';

/** The 404 page as the server renders it: a section in each of `sectionLanguages`. */
function notFoundPage(sectionLanguages: readonly string[] = languages): FakeElement {
  return el(
    { lang: defaultLanguage },
    el(
      { id: 'main_content', class: 'not-found-both' },
      ...sectionLanguages.map((lang) => el({ class: notFoundSectionClass, lang })),
    ),
  );
}

/** The page's `lang` and the languages of the sections left showing, once `script` has run at `path`. */
function afterScript(path: string, page = notFoundPage(), script = keepLanguageOfPathScript) {
  runOnPage(script, { html: page, url: new URL(path, 'https://paralelo.test').href }, true);
  const shown = [...page.all()]
    .filter((e) => e.attributes.class === notFoundSectionClass && !e.hidden)
    .map((e) => e.lang);
  return { lang: page.lang, shown };
}

const paths = [
  '/en/nope',
  '/es/nope',
  '/es',
  '/en/articles/gone/p/x',
  '/ES/nope',
  '/Es',
  '/fr/nope',
  '/',
  '/nope',
  '//es/nope',
  '/es-MX/nope',
  '/%65s/nope',
  "/es'/nope",
  '/es"]/nope',
  '/"]%3C/script%3E',
  '/_next/es',
];

describe('languageOfPath', () => {
  it.each([
    ['/es/articles/x', 'es'],
    ['/en', 'en'],
    ['/EN/x', 'en'],
    ['/fr/x', null],
    ['/', null],
    ['', null],
    ['/es-MX', null],
    ['//es', null],
  ])('reads %j as %j', (path, lng) => {
    expect(languageOfPath(path, languages)).toBe(lng);
  });
});

describe('the 404 page’s script and languageOfPath agree', () => {
  it.each(paths)('at %j', (path) => {
    const lng = languageOfPath(new URL(path, 'https://paralelo.test').pathname, languages);
    expect(afterScript(path)).toEqual(
      lng ? { lang: lng, shown: [lng] } : { lang: defaultLanguage, shown: [...languages] },
    );
  });

  it('shows every section where the page has none in the address’s language', () => {
    expect(afterScript('/es/nope', notFoundPage(['en']))).toEqual({ lang: defaultLanguage, shown: ['en'] });
  });
});

describe('the 404 page’s script is built from the typed code', () => {
  it('embeds the languages, the section class and the functions', () => {
    for (const value of [languages, notFoundSectionClass])
      expect(keepLanguageOfPathScript).toContain(scriptLiteral(value));
    expect(keepLanguageOfPathScript).toContain(languageOfPath.toString());
    expect(keepLanguageOfPathScript).toContain(keepLanguageOfPath.toString());
    for (const source of [languageOfPath.toString(), keepLanguageOfPath.toString()]) {
      for (const name of [...languages, notFoundSectionClass])
        expect(source).not.toMatch(new RegExp(`['"\`]${name}['"\`]`));
    }
  });

  it('follows the languages it is given: another language would need no change to the code', () => {
    const script = inlineScript(keepLanguageOfPath, languageOfPath, [...languages, 'fr'], notFoundSectionClass);
    expect(afterScript('/fr/nope', notFoundPage([...languages, 'fr']), script)).toEqual({ lang: 'fr', shown: ['fr'] });
  });

  it('finds the sections NotFoundMessage renders', () => {
    for (const lng of languages) {
      expect(renderToStaticMarkup(NotFoundMessage({ lng }))).toMatch(
        new RegExp(`^<section class="${notFoundSectionClass}" lang="${lng}">`),
      );
    }
  });
});
