import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { addressesToKeep, registerWorkerScript } from '@/lib/offline/register';

const origin = 'https://paralelo.example';
const languages = ['en', 'es'];
const loaded = [
  `${origin}/_next/static/chunks/a.js`,
  `${origin}/_next/static/media/serif.woff2`,
  `${origin}/icon.svg`,
  'https://elsewhere.example/_next/static/chunks/b.js',
];
const asPage = (path: string) => [path, { headers: { Accept: 'text/html' } }];

describe('addressesToKeep', () => {
  it("on an article's first visit, keeps the page, its build files and the article in the other language", () => {
    expect(addressesToKeep('/en/articles/a-slug', false, loaded, origin, languages)).toEqual([
      asPage('/en/articles/a-slug'),
      `${origin}/_next/static/chunks/a.js`,
      `${origin}/_next/static/media/serif.woff2`,
      asPage('/es/articles/a-slug'),
    ]);
  });

  it('on a visit the worker served, which kept the page, fetches the other language anew', () => {
    expect(addressesToKeep('/es/articles/a-slug', true, loaded, origin, languages)).toEqual([
      asPage('/en/articles/a-slug'),
    ]);
  });

  it('on a paragraph link, keeps the article in both languages', () => {
    expect(addressesToKeep('/es/articles/a-slug/p/a-block', true, loaded, origin, languages)).toEqual([
      asPage('/en/articles/a-slug'),
      asPage('/es/articles/a-slug'),
    ]);
  });

  it('on any other page, keeps only what the worker did not see', () => {
    expect(addressesToKeep('/en', false, loaded, origin, languages)).toEqual([
      asPage('/en'),
      `${origin}/_next/static/chunks/a.js`,
      `${origin}/_next/static/media/serif.woff2`,
    ]);
    expect(addressesToKeep('/en/page/2', true, loaded, origin, languages)).toEqual([]);
  });
});

/** Runs the page's registration script in a browser of `serviceWorker`, then its load event. */
async function runScript(serviceWorker: unknown, pathname: string) {
  const listeners: Record<string, () => void> = {};
  runInNewContext(registerWorkerScript, {
    navigator: { serviceWorker },
    location: { pathname, origin },
    performance: { getEntriesByType: () => loaded.map((name) => ({ name })) },
    addEventListener: (type: string, listener: () => void) => (listeners[type] = listener),
  });
  listeners.load?.();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return listeners;
}

function fakeWorkers(register: () => Promise<unknown>, controller: unknown = null) {
  const messages: unknown[] = [];
  const registered: unknown[] = [];
  return {
    messages,
    registered,
    container: {
      controller,
      ready: Promise.resolve({ active: { postMessage: (message: unknown) => messages.push(message) } }),
      register: (...args: unknown[]) => (registered.push(args), register()),
    },
  };
}

describe('the registration script', () => {
  it('registers /sw.js for the whole site once the page has loaded, then hands it what to keep', async () => {
    const { container, messages, registered } = fakeWorkers(() => Promise.resolve());
    await runScript(container, '/en/articles/a-slug');
    expect(registered).toEqual([['/sw.js', { scope: '/' }]]);
    expect(JSON.parse(JSON.stringify(messages))).toEqual([
      {
        type: 'CACHE_URLS',
        payload: { urlsToCache: addressesToKeep('/en/articles/a-slug', false, loaded, origin, languages) },
      },
    ]);
  });

  it('says nothing to a worker when there is nothing to keep', async () => {
    const { container, messages } = fakeWorkers(() => Promise.resolve(), {});
    await runScript(container, '/en');
    expect(messages).toEqual([]);
  });

  it('is quiet where registering fails (no worker built) or the browser has no service workers', async () => {
    const { container, messages } = fakeWorkers(() => Promise.reject(new Error('404')));
    await runScript(container, '/en/articles/a-slug');
    expect(messages).toEqual([]);
    expect(await runScript(undefined, '/en')).toEqual({});
  });
});
