import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { discoveredFeeds, feedFiles, feedsOf } from './feed-discovery';

// The feeds under next start, and the links that let readers find them.

const slug = 'belarus-cuba-military-ties';
const lead = 'the-chief-of-the-general-staff';

const { newPage, baseURL } = setUpBrowser();

describe('the feeds', () => {
  it.each(feedFiles)('serves $path as $type, with the article in its language', async ({ path, lng, type }) => {
    const response = await fetch(`${baseURL}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const feed = parseFeed(await response.text());
    expect(feed.language).toBe(lng);
    expect(feed.self).toBe(`http://localhost:3000${path}`);
    expect(feed.items.map((item) => item.url)).toEqual([`http://localhost:3000/${lng}/articles/${slug}`]);
    expect(feed.items[0]?.title).toBe(
      lng === 'en'
        ? "Belarus's chief of the General Staff visits Cuba as military ties deepen"
        : 'El jefe del Estado Mayor General de Bielorrusia visita Cuba mientras se estrechan los lazos militares',
    );
  });

  it('answers a feed of a language the site does not have with 404', async () => {
    expect((await fetch(`${baseURL}/fr/feed.xml`)).status).toBe(404);
    expect((await fetch(`${baseURL}/fr/atom.xml`)).status).toBe(404);
  });
});

describe('feed autodiscovery', () => {
  it.each([
    ['en', '/en'],
    ['es', '/es'],
    ['en', `/en/articles/${slug}`],
    ['es', `/es/articles/${slug}`],
    ['es', `/es/articles/${slug}/p/${lead}`],
  ] as const)('names the feeds of %s, titled in that language, on %s', async (lng, path) => {
    const page = await newPage();
    expect((await page.goto(path))?.status()).toBe(200);
    expect(await discoveredFeeds(page)).toEqual(feedsOf[lng]);
  });
});
