import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';

const article = '/en/articles/belarus-cuba-military-ties';
const { newPage } = setUpBrowser();

const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const rootSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

async function ready(page: Page) {
  await page.waitForFunction(() => document.querySelector('.display-controls select:not([disabled])'));
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

  it('steps the text size up and down, within bounds, and remembers it', async () => {
    const page = await newPage();
    await page.goto(article);
    await ready(page);
    expect(await rootSize(page)).toBe('16px');
    const larger = page.getByRole('button', { name: 'Larger text' });
    for (let i = 0; i < 3; i++) await larger.click();
    expect(await rootSize(page)).toBe('24px');
    expect(await larger.isDisabled()).toBe(true);

    await page.reload();
    await ready(page);
    expect(await rootSize(page)).toBe('24px');
    const smaller = page.getByRole('button', { name: 'Smaller text' });
    for (let i = 0; i < 4; i++) await smaller.click();
    expect(await rootSize(page)).toBe('14px');
    expect(await smaller.isDisabled()).toBe(true);
  });

  it('applies the remembered choice before the app loads', async () => {
    const page = await newPage({ colorScheme: 'light' });
    await page.goto(article);
    await page.evaluate(() => localStorage.setItem('paralelo:display', JSON.stringify({ theme: 'dark', textSize: 3 })));
    await page.route('**/_next/static/chunks/*.js', (route) => route.abort());
    await page.reload();
    expect(await paper(page)).toBe('rgb(22, 23, 26)');
    expect(await rootSize(page)).toBe('20px');
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
