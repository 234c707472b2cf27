import localFont from 'next/font/local';

// Source Serif 4 from the @fontsource package, served by this site (no third party sees the
// readers). `optional`: a page shows the font only if it is at hand within the first moment
// (preloaded, or cached from an earlier page); otherwise the page keeps the fallback, which
// next/font sizes to match, and the font is ready for the next page. A swap mid-read would move
// the text (tests/e2e/layout-shift.test.ts).
export const serif = localFont({
  src: [
    {
      path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2',
      weight: '400',
      style: 'italic',
    },
    {
      path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2',
      weight: '600',
      style: 'normal',
    },
  ],
  variable: '--font-serif',
  display: 'optional',
  // Preloaded, so that it is at hand in time on a fast connection; on a slow one the text paints
  // in the fallback at once and stays in it for that page.
  preload: true,
  // The metrics-matched stand-in shown until the font arrives: a serif (next/font's default is Arial).
  adjustFontFallback: 'Times New Roman',
  fallback: ['Georgia', 'serif'],
});
