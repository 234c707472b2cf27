import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { hydrated, setUpBrowser } from './browser';

const article = '/articles/belarus-cuba-military-ties';
const spanishBlock = 'la-visita-del-jefe-del-estado';
const themes = ['light', 'dark'] as const;
type Theme = (typeof themes)[number];
const paper: Record<Theme, string> = { light: 'rgb(253, 252, 249)', dark: 'rgb(22, 23, 26)' };

const { newPage } = setUpBrowser();

/** Every kind of page, in one language. */
const pages = (lng: 'en' | 'es') => [
  ['index', `/${lng}`],
  ['reader, reading view', `/${lng}${article}?view=reading`],
  ['reader, side-by-side view', `/${lng}${article}?view=side-by-side`],
  ['reader, as-published view', `/${lng}${article}?view=original`],
  ['paragraph page', `/${lng}${article}/p/${spanishBlock}`],
  ['404 page', lng === 'en' ? '/en/nope' : `/es${article}/nope`],
];

async function open(page: Page, path: string) {
  await page.goto(path);
  // Hydrated: React has attached its props to the page's links and buttons (quicker than
  // waiting for the network to be idle, which costs over half a second a page).
  await page.waitForFunction(() =>
    [...document.querySelectorAll('a, button')].some((e) => Object.keys(e).some((k) => k.startsWith('__reactProps$'))),
  );
  // An article's own controls (its shortcuts among them) hydrate with its blocks, which may come later.
  if (await page.locator('#reader_blocks').count()) await hydrated(page);
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/**
 * Audits the page as it is in each system theme (switched in place, no reload) and fails with
 * every violation of both, each prefixed with its theme.
 */
async function expectNoViolationsInEitherTheme(page: Page, what: string) {
  const found: string[] = [];
  for (const theme of themes) {
    await page.emulateMedia({ colorScheme: theme });
    expect(await background(page), `${what} is not in the ${theme} theme`).toBe(paper[theme]);
    found.push(...(await axeViolations(page)).map((v) => `[${theme}] ${v}`));
  }
  expectNone(found, `${what} (${page.url()})`);
}

function expectNone(violations: string[], where: string) {
  const list = violations.map((v) => `\n  - ${v}`).join('');
  expect(violations.length, `axe found ${violations.length} violation(s) on ${where}:${list}\n`).toBe(0);
}

// One page for the whole file, reloaded for each address: these tests only look, so no reader
// state carries over from one to the next.
describe('axe-core (WCAG 2.0–2.2 A and AA, best practices), light and dark themes', () => {
  let page: Page;
  beforeAll(async () => {
    // Reduced motion, so the highlighted paragraph is not measured mid-transition.
    page = await newPage({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
  });

  describe.each(['en', 'es'] as const)('%s', (lng) => {
    it.each(pages(lng))('%s (%s) has no violations', async (what, path) => {
      await open(page, path);
      if (what === '404 page') {
        // In the language of the address, title included, so the whole page is in its lang.
        expect(await page.getAttribute('html', 'lang')).toBe(lng);
        await expect.poll(() => page.title()).toBe(lng === 'en' ? 'Page not found' : 'Página no encontrada');
      }
      await expectNoViolationsInEitherTheme(page, `${what}, ${lng}`);
    });
  });

  it('the 404 page in both languages (an address in neither) has no violations', async () => {
    await open(page, '/xyz');
    await expectNoViolationsInEitherTheme(page, '404 page in both languages');
  });

  it.each(['en', 'es'])('the reader with the shortcuts dialog open (%s) has no violations', async (lng) => {
    await open(page, `/${lng}${article}?view=reading`);
    // The shortcuts listen once React has run the reader's effects, just after it hydrated.
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('?');
    await page.locator('dialog.shortcuts[open]').waitFor();
    await expectNoViolationsInEitherTheme(page, `shortcuts dialog, ${lng}`);
  });
});

describe('axe-core, a stored theme that differs from the system', () => {
  it('audits the dark theme chosen over a light system on the reader and the 404 page', async () => {
    const page = await newPage({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto('/en');
    await page.evaluate(() => localStorage.setItem('paralelo:display', JSON.stringify({ theme: 'dark', textSize: 1 })));
    for (const path of [`/es${article}?view=side-by-side`, '/en/nope']) {
      await open(page, path);
      expect(await background(page), `${path} follows the stored choice`).toBe(paper.dark);
      expectNone(await axeViolations(page), `${path}, dark chosen over a light system`);
    }
  });
});
