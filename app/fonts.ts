import localFont from 'next/font/local';

// Source Serif 4 from the @fontsource package, served by this site (no third party sees the
// readers); next/font sizes the fallback to match, so nothing moves when it loads.
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
  display: 'swap',
  // Not preloaded: text paints at once in the size-matched fallback, and three high-priority
  // font downloads would compete with the stylesheet and scripts on a slow phone (docs/performance.md).
  preload: false,
  // The metrics-matched stand-in shown until the font arrives: a serif (next/font's default is Arial).
  adjustFontFallback: 'Times New Roman',
  fallback: ['Georgia', 'serif'],
});
