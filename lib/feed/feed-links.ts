import type { Metadata } from 'next';
import type { Language } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { feedFormats, feedPath } from './formats';

type AlternateTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>;

/**
 * The feeds of `lng` as a page's `alternates.types`, titled in `lng`: the
 * `<link rel="alternate" type="application/rss+xml">` (and Atom) that feed readers discover.
 * A page that sets `alternates` itself must include them: Next.js replaces the layout's whole.
 */
export function feedAlternates(lng: Language): AlternateTypes {
  const t = getT(lng);
  const title = t('feed.title');
  return {
    [feedFormats.rss.type]: [{ url: feedPath(lng, 'rss'), title: t('feed.rssLink', { title }) }],
    [feedFormats.atom.type]: [{ url: feedPath(lng, 'atom'), title: t('feed.atomLink', { title }) }],
  };
}
