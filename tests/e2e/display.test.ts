import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';

const article = '/en/articles/belarus-cuba-military-ties';
const { newPage } = setUpBrowser();

const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/**
 * The size of the reading text (the article's body and its header) and of everything else (the
 * root, which the controls and the header of the site are sized from): the text size scales the
 * first only. Fails if the body and the header disagree.
 */
async function sizes(page: Page) {
  const { blocks, header, root } = await page.evaluate(() => ({
    blocks: getComputedStyle(document.querySelector('.blocks')!).fontSize,
    header: getComputedStyle(document.querySelector('.article-header')!).fontSize,
    root: getComputedStyle(document.documentElement).fontSize,
  }));
  expect(header, 'the article header scales with the text').toBe(blocks);
  return { reading: blocks, root };
}
const readingSize = async (page: Page) => (await sizes(page)).reading;

// The display controls are plain markup run by an inline script, live from the first paint.
async function ready(page: Page) {
  await page.waitForLoadState('networkidle');
}

describe('theme and text size', () => {
  it('follows the system theme until the reader picks one, then keeps it on every page', async () => {
    const page = await newPage({ colorScheme: 'dark' });
    await page.goto(article);
    await ready(page);
    expect(await paper(page)).toBe('rgb(22, 23, 26)');

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    expect(await paper(page)).toBe('rgb(253, 252, 249)');

    await page.goto('/es');
    await ready(page);
    expect(await paper(page)).toBe('rgb(253, 252, 249)');
    expect(await page.getByRole('combobox', { name: 'Tema' }).inputValue()).toBe('light');
  });

  it('steps the reading text size up and down, within bounds, and remembers it', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(article);
    await ready(page);
    expect(await sizes(page)).toEqual({ reading: '18px', root: '16px' });
    const larger = page.getByRole('button', { name: 'Larger text' });
    expect(await larger.getAttribute('aria-disabled')).toBe('false');
    for (const size of ['20.25px', '22.5px', '27px']) {
      await larger.click();
      expect(await readingSize(page)).toBe(size);
    }
    // At the largest size the button says it can go no further, and does nothing.
    expect(await larger.getAttribute('aria-disabled')).toBe('true');
    // (Forced: Playwright waits for an aria-disabled control to be enabled; a reader can still press it.)
    await larger.click({ force: true });
    // The controls and the site around the text keep their size.
    expect(await sizes(page)).toEqual({ reading: '27px', root: '16px' });

    await page.reload();
    await ready(page);
    expect(await readingSize(page)).toBe('27px');
    expect(await larger.getAttribute('aria-disabled')).toBe('true');
    const smaller = page.getByRole('button', { name: 'Smaller text' });
    for (let i = 0; i < 4; i++) await smaller.click();
    expect(await readingSize(page)).toBe('15.75px');
    expect(await smaller.getAttribute('aria-disabled')).toBe('true');
    await smaller.click({ force: true });
    expect(await sizes(page)).toEqual({ reading: '15.75px', root: '16px' });
    expect(await larger.getAttribute('aria-disabled')).toBe('false');
  });

  it('applies the remembered choice before the app loads', async () => {
    const page = await newPage({ colorScheme: 'light' });
    await page.goto(article);
    await page.evaluate(() => localStorage.setItem('paralelo:display', JSON.stringify({ theme: 'dark', textSize: 3 })));
    await page.route('**/_next/static/chunks/*.js', (route) => route.abort());
    await page.reload();
    expect(await paper(page)).toBe('rgb(22, 23, 26)');
    expect(await readingSize(page)).toBe('22.5px');
    // And the controls work without it: a step takes effect at once.
    await page.getByRole('button', { name: 'Larger text' }).click();
    expect(await readingSize(page)).toBe('27px');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    expect(await paper(page)).toBe('rgb(253, 252, 249)');
  });

  it('serves its own fonts: no request leaves the site', async () => {
    const page = await newPage();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    await page.goto(article, { waitUntil: 'networkidle' });
    expect(
      await page.evaluate(
        () => document.fonts.check('16px "serif"') || [...document.fonts].some((f) => f.status === 'loaded'),
      ),
    ).toBe(true);
    expect([...hosts]).toHaveLength(1);
  });
});
