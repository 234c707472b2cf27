import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lightTheme } from '@/lib/offline/app-icons';
import { webAppManifest } from '@/lib/offline/manifest';

describe('webAppManifest', () => {
  it('is one app per language, named, described and opened in it, kept to its pages', () => {
    expect(webAppManifest('es')).toMatchObject({
      id: '/es',
      name: 'Paralelo en español',
      short_name: 'Paralelo',
      description: 'Noticias en inglés y en español, párrafo a párrafo.',
      lang: 'es',
      start_url: '/es',
      scope: '/es',
      display: 'standalone',
    });
    expect(webAppManifest('en')).toMatchObject({ name: 'Paralelo in English', start_url: '/en', scope: '/en' });
  });

  it('has the PNG icons Chromium asks of an installable app, and a maskable one', () => {
    expect(webAppManifest('en').icons).toEqual([
      { src: '/icons/192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
  });

  it("takes the light theme's colours, those of the stylesheet and the icon", () => {
    const css = readFileSync('app/styles/base.css', 'utf8');
    expect(css).toContain(`--paper: light-dark(${lightTheme.paper},`);
    expect(css).toContain(`--ink: light-dark(${lightTheme.ink},`);
    expect(readFileSync('app/icon.svg', 'utf8')).toContain(
      `<rect width="32" height="32" rx="7" fill="${lightTheme.ink}"/>`,
    );
    expect(webAppManifest('es')).toMatchObject({ background_color: lightTheme.paper, theme_color: lightTheme.paper });
  });
});
