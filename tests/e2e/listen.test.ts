import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { hydrated, setUpBrowser, viewLabel } from './browser';

const article = '/articles/belarus-cuba-military-ties';
const lead = 'the-chief-of-the-general-staff';
const second = 'the-belarusian-ministry-of-defense-confirmed';
const beforeSpanish = 'triangular-cooperation-and-signs-of-cuban';
const afterSpanish = 'although-the-cuban-regime-has-been';

const { newPage } = setUpBrowser();

interface FakeVoice {
  name: string;
  lang: string;
  default?: boolean;
}

interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
}

declare global {
  interface Window {
    speech: { spoken: Spoken[]; finish(): string | undefined; pending(): number };
  }
}

/**
 * A page whose browser has these voices: a stand-in for speech synthesis (headless Chromium
 * has no voices) that records what it is asked to say and says it when the test tells it to.
 */
async function pageWithVoices(voices: FakeVoice[] | 'none', options: BrowserContextOptions = {}): Promise<Page> {
  const page = await newPage(options);
  await page.addInitScript((voices) => {
    if (voices === 'none') {
      // A browser without speech synthesis.
      Reflect.deleteProperty(window, 'speechSynthesis');
      Reflect.deleteProperty(Window.prototype, 'speechSynthesis');
      return;
    }
    type Utterance = { text: string; lang: string; voice: { name: string } | null; rate: number; onend?: () => void };
    const spoken: Spoken[] = [];
    let queue: Utterance[] = [];
    class FakeUtterance {
      lang = '';
      voice = null;
      rate = 1;
      constructor(public text: string) {}
    }
    const synth = {
      getVoices: () => voices.map((v) => ({ default: false, localService: true, voiceURI: v.name, ...v })),
      speak(u: Utterance) {
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null, rate: u.rate });
        queue.push(u);
      },
      cancel() {
        queue = [];
      },
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    window.speech = {
      spoken,
      finish() {
        const u = queue.shift();
        u?.onend?.();
        return u?.text;
      },
      pending: () => queue.length,
    };
  }, voices);
  return page;
}

const english: FakeVoice = { name: 'English (US)', lang: 'en-US', default: true };
const spain: FakeVoice = { name: 'Español (España)', lang: 'es-ES' };
const mexico: FakeVoice = { name: 'Español (México)', lang: 'es-MX' };

const spoken = (page: Page) => page.evaluate(() => window.speech.spoken);

/** The first thing said: the narrator loads on the first listen, so it comes a moment later. */
async function firstSpoken(page: Page): Promise<Spoken> {
  await page.waitForFunction(() => window.speech.spoken.length > 0);
  return (await spoken(page))[0]!;
}
const reading = (page: Page) => page.$$eval('.block[data-reading]', (blocks) => blocks.map((b) => b.id));

/** Says every sentence of the block being read, until the next one starts. */
async function finishBlock(page: Page) {
  await page.waitForSelector('.block[data-reading]');
  const [before] = await reading(page);
  for (let i = 0; i < 50 && (await reading(page))[0] === before; i++) {
    await page.evaluate(() => window.speech.finish());
  }
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}

describe('listening', () => {
  it('reads a paragraph in the language it shows, with a voice of that language, and shows where it is', async () => {
    const page = await pageWithVoices([english, spain]);
    await open(page, `/es${article}`);
    await page.locator(`#${lead}`).getByRole('button', { name: 'Escuchar el párrafo 1' }).click();

    expect(await firstSpoken(page)).toEqual({
      text: expect.stringMatching(/^El jefe del Estado Mayor General/),
      lang: 'es-ES',
      voice: spain.name,
      rate: 1,
    });
    await expect.poll(() => reading(page)).toEqual([lead]);
    const player = page.getByRole('region', { name: 'Lectura en voz alta' });
    await expect(player.innerText()).resolves.toContain('Párrafo 1 de 21');
    await expect(
      page.locator(`#${lead}`).getByRole('button', { name: 'Dejar de leer el párrafo 1 en voz alta' }).count(),
    ).resolves.toBe(1);
  });

  it('reads on from there, one sentence at a time, the block being read highlighted and kept in view', async () => {
    const page = await pageWithVoices([english, spain], { viewport: { width: 390, height: 700 } });
    await open(page, `/en${article}`);
    const start = 'in-may-2025-an-exclusive-dossier';
    await page.locator(`#${start}`).getByRole('button', { name: 'Listen to paragraph 19' }).click();
    await expect.poll(() => reading(page)).toEqual([start]);
    expect(await page.evaluate(() => window.speech.pending())).toBe(1);

    await finishBlock(page);
    const next = 'despite-the-magnitude-of-the-scandal';
    expect(await reading(page)).toEqual([next]);
    await expect(page.getByRole('region', { name: 'Reading aloud' }).innerText()).resolves.toContain(
      'Paragraph 20 of 21',
    );
    await page.waitForFunction((id) => {
      const { top, bottom } = document.getElementById(id)!.getBoundingClientRect();
      return top >= 0 && top < window.innerHeight && bottom > 0;
    }, next);

    // Every sentence was said once, in order, in English.
    const texts = (await spoken(page)).map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect((await spoken(page)).every((s) => s.lang === 'en-US')).toBe(true);

    await finishBlock(page);
    await finishBlock(page);
    expect(await reading(page)).toEqual([]);
    expect(await page.getByRole('region', { name: 'Reading aloud' }).count()).toBe(0);
  });

  it('reads only the paragraph when "read on" is off, and remembers that', async () => {
    const page = await pageWithVoices([english, spain]);
    await open(page, `/en${article}`);
    await page.locator(`#${lead}`).getByRole('button', { name: 'Listen to paragraph 1' }).click();
    await page.getByRole('checkbox', { name: 'Read on' }).uncheck();
    await finishBlock(page);
    expect(await reading(page)).toEqual([]);

    await page.reload();
    await open(page, `/en${article}`);
    await page.locator(`#${second}`).getByRole('button', { name: 'Listen to paragraph 2' }).click();
    expect(await page.getByRole('checkbox', { name: 'Read on' }).isChecked()).toBe(false);
  });

  it('reads a flipped paragraph in the language it was flipped to, and both columns side by side', async () => {
    const page = await pageWithVoices([english, spain]);
    await open(page, `/en${article}?flip=${lead}`);
    await page.locator(`#${lead}`).getByRole('button', { name: 'Listen to paragraph 1' }).click();
    expect(await firstSpoken(page)).toMatchObject({ lang: 'es-ES', text: expect.stringMatching(/^El jefe/) });
    await page.getByRole('button', { name: 'Stop', exact: true }).click();

    await viewLabel(page, 'Side by side').click();
    await page.getByRole('checkbox', { name: 'Read on' }).waitFor({ state: 'detached' });
    await page.locator(`#${second}`).getByRole('button', { name: 'Listen to paragraph 2' }).click();
    await page.getByRole('checkbox', { name: 'Read on' }).uncheck();
    await finishBlock(page);
    const said = (await spoken(page)).slice(1);
    const langs = said.map((s) => s.lang);
    // The English column, then the Spanish one.
    expect(langs.indexOf('es-ES')).toBeGreaterThan(0);
    expect(langs.slice(0, langs.indexOf('es-ES')).every((l) => l === 'en-US')).toBe(true);
    expect(langs.slice(langs.indexOf('es-ES')).every((l) => l === 'es-ES')).toBe(true);
  });

  it('highlights the sentence being said and, side by side, its translation', async () => {
    const page = await pageWithVoices([english, spain]);
    await open(page, `/en${article}?view=side-by-side`);
    const block = 'in-january-2024-the-belarusian-defense';
    const spokenNow = () =>
      page.$$eval(`#${block} [data-spoken]`, (pieces) =>
        pieces.map((p) => `${p.closest('.version')!.getAttribute('data-lang')} ${p.textContent}`),
      );
    await page.locator(`#${block}`).getByRole('button', { name: 'Listen to paragraph 4' }).click();
    const first = await firstSpoken(page);
    expect(first.text).toMatch(/^In January 2024/);
    await expect.poll(spokenNow).toEqual([`en ${first.text}`, expect.stringMatching(/^es En enero de 2024/)]);
    await page.evaluate(() => window.speech.finish());
    await expect
      .poll(spokenNow)
      .toEqual([expect.stringMatching(/^en The agreement included/), expect.stringMatching(/^es El acuerdo incluía/)]);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect.poll(spokenNow).toEqual([]);
  });

  it('pauses, resumes the sentence from its start, changes speed and stops', async () => {
    const page = await pageWithVoices([english, spain]);
    await open(page, `/en${article}`);
    await page.getByRole('button', { name: 'Listen to the article' }).click();
    await expect.poll(() => reading(page)).toEqual([lead]);
    const sentence = (await spoken(page))[0]!.text;

    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await page.evaluate(() => window.speech.pending())).toBe(0);
    await page.getByRole('button', { name: 'Resume' }).click();
    expect((await spoken(page)).map((s) => s.text)).toEqual([sentence, sentence]);

    await page.getByRole('combobox', { name: 'Speed' }).selectOption('1.5');
    expect((await spoken(page)).at(-1)).toMatchObject({ text: sentence, rate: 1.5 });
    await page.evaluate(() => window.speech.finish());
    expect((await spoken(page)).at(-1)?.rate).toBe(1.5);

    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    expect(await reading(page)).toEqual([]);
    expect(await page.evaluate(() => window.speech.pending())).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(lead);
  });

  it('prefers a voice of the reader’s region when there are several', async () => {
    const page = await pageWithVoices([english, { ...spain, default: true }, mexico], { locale: 'es-MX' });
    await open(page, `/es${article}`);
    await page.locator(`#${lead}`).getByRole('button', { name: 'Escuchar el párrafo 1' }).click();
    expect(await firstSpoken(page)).toMatchObject({ lang: 'es-MX', voice: mexico.name });
  });

  it('says so, instead of reading in another voice, where the browser has no voice for the language', async () => {
    const page = await pageWithVoices([english]);
    await open(page, `/es${article}`);
    const button = page.locator(`#${lead} .listen`);
    await expect.poll(() => button.getAttribute('aria-label')).toBe('Este navegador no tiene voz en español');
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    // Still focusable and clickable, to tell why.
    await button.click({ force: true });
    await expect(
      page.getByRole('status').filter({ hasText: 'Este navegador no tiene voz en español' }).count(),
    ).resolves.toBe(1);
    expect(await spoken(page)).toEqual([]);

    // The Spanish-original paragraph, in as-published view, is skipped; English ones are read.
    await viewLabel(page, 'Como se publicó').click();
    await page.locator(`#${beforeSpanish}`).getByRole('button', { name: 'Escuchar el párrafo 11' }).click();
    await finishBlock(page);
    expect(await reading(page)).toEqual([afterSpanish]);
    expect((await spoken(page)).every((s) => s.lang === 'en-US')).toBe(true);
  });

  it('says so where the browser cannot read aloud at all', async () => {
    const page = await pageWithVoices('none');
    await open(page, `/en${article}`);
    const listenArticle = page.locator('.listen-article');
    await expect.poll(() => listenArticle.innerText()).toBe('This browser cannot read aloud');
    expect(await page.locator(`#${lead} .listen`).getAttribute('aria-label')).toBe('This browser cannot read aloud');
  });

  it('says so when reading aloud cannot load, and loads it on the next press', async () => {
    const page = await pageWithVoices([english, spain]);
    await open(page, `/en${article}`);
    // The page is in; the connection drops before the reader first presses a listen button.
    const chunks = '**/_next/static/chunks/**';
    await page.route(chunks, (route) => route.abort('internetdisconnected'));
    const listen = page.locator(`#${lead}`).getByRole('button', { name: 'Listen to paragraph 1' });
    await listen.click();
    const failed = page
      .getByRole('status')
      .filter({ hasText: 'Reading aloud could not load. Check the connection and try again.' });
    await expect.poll(() => failed.count()).toBe(1);
    expect(await spoken(page)).toEqual([]);
    expect(await reading(page)).toEqual([]);

    await page.unroute(chunks);
    await listen.click();
    expect(await firstSpoken(page)).toMatchObject({
      lang: 'en-US',
      text: expect.stringMatching(/^The Chief of the General Staff/),
    });
    await expect.poll(() => reading(page)).toEqual([lead]);
  });

  it('passes axe-core while reading, in both themes, and where a language has no voice', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await pageWithVoices([english], { colorScheme });
      await open(page, `/es${article}?view=side-by-side`);
      await page.locator(`#${second}`).getByRole('button', { name: 'Escuchar el párrafo 2' }).click();
      await page.getByRole('region', { name: 'Lectura en voz alta' }).waitFor();
      await page.getByRole('button', { name: 'Pausar' }).click();
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  it('starts from the focused paragraph with the l key', async () => {
    const page = await pageWithVoices([english, spain]);
    await open(page, `/en${article}`);
    await page.locator(`#${second}`).focus();
    await page.keyboard.press('l');
    await expect.poll(() => reading(page)).toEqual([second]);
  });
});
