import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from '../e2e/browser';
import { discoveredFeeds, feedFiles, feedsOf } from '../e2e/feed-discovery';

// The feeds as files of the static export, served as scripts/static-server.ts (a static host) does.

const slug = 'belarus-cuba-military-ties';
const out = path.join(process.cwd(), 'out');

const { newPage, baseURL } = setUpBrowser();

describe('the feeds in the static export', () => {
  it.each(feedFiles)('has $path as a file, served as $type from _headers', async ({ path: feed, lng, type }) => {
    expect(existsSync(path.join(out, feed))).toBe(true);
    const response = await fetch(`${baseURL}${feed}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    const xml = await response.text();
    expect(xml).toBe(readFileSync(path.join(out, feed), 'utf8'));
    const parsed = parseFeed(xml);
    expect(parsed.language).toBe(lng);
    expect(parsed.items.map((item) => item.url)).toEqual([`http://localhost:3000/${lng}/articles/${slug}`]);
  });

  it('lists the Atom feeds beside the sitemap in robots.txt', async () => {
    const robots = await (await fetch(`${baseURL}/robots.txt`)).text();
    for (const line of ['sitemap.xml', 'en/atom.xml', 'es/atom.xml'])
      expect(robots).toContain(`Sitemap: http://localhost:3000/${line}`);
  });

  it.each([
    ['en', '/en'],
    ['es', `/es/articles/${slug}`],
  ] as const)('names the feeds of %s on %s', async (lng, page) => {
    const tab = await newPage();
    expect((await tab.goto(page))?.status()).toBe(200);
    expect(await discoveredFeeds(tab)).toEqual(feedsOf[lng]);
  });
});
