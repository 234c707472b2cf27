import 'server-only';
import type { MetadataRoute } from 'next';
import type { Language } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { indexPath } from '@/lib/site';
import { appIcons, iconPath, lightTheme } from './app-icons';

/**
 * The web app manifest of the site in `lng`: one app per language, named, described and opened
 * in it (its index), kept to that language's pages; its icons drawn from app/icon.svg.
 */
export function webAppManifest(lng: Language): MetadataRoute.Manifest {
  const t = getT(lng);
  return {
    id: indexPath(lng),
    name: t('app.name'),
    short_name: t('siteName'),
    description: t('tagline'),
    lang: lng,
    dir: 'ltr',
    start_url: indexPath(lng),
    scope: indexPath(lng),
    display: 'standalone',
    background_color: lightTheme.paper,
    theme_color: lightTheme.paper,
    icons: appIcons.map(({ name, size, purpose }) => ({
      src: iconPath(name),
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose,
    })),
  };
}
