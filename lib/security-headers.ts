/**
 * The security headers every response of the site carries: pages, 404s, redirects, scripts,
 * stylesheets, fonts, share cards, the sitemap and robots.txt.
 *
 * `next.config.ts` sends them from `headers()` for every path; the same list can be written to
 * a static host's `_headers` file. Plain data, no Next.js import, so any script can use it.
 *
 * @packageDocumentation
 */

/** One HTTP response header, in the `{ key, value }` shape of Next.js `headers()`. */
export interface SecurityHeader {
  readonly key: string;
  readonly value: string;
}

/**
 * The Content-Security-Policy directives, in order. Everything the site loads comes from its
 * own origin: scripts and stylesheets from `/_next/static`, Source Serif 4 from there too
 * (self-hosted with next/font), share cards and the icon from its own routes; reading aloud
 * (speechSynthesis) and sharing (navigator.share, the clipboard) need no fetch at all.
 *
 * Why `script-src` has `'unsafe-inline'`: Next.js streams the React payload of every page as
 * inline `<script>self.__next_f.push(…)</script>` elements whose content differs from page to
 * page (and from one build to the next), so no list of hashes can name them. Only a per-request
 * nonce could replace `'unsafe-inline'`, and a nonce forces every page to be rendered on every
 * request: no page generated at build time, no paragraph page kept after its first request,
 * nothing a CDN could cache (https://nextjs.org/docs/app/guides/content-security-policy). The
 * site's own three inline scripts (display settings, reader state, the 404 page's language)
 * are static code built from constants, never from content; hashing them alone would not be
 * enough, because of Next's. What keeps the policy useful all the same: no `'unsafe-eval'`,
 * script files only from this origin, no plugins (`object-src 'none'`), no `<base>` from elsewhere,
 * forms only to this origin, and no framing.
 *
 * `style-src` needs no `'unsafe-inline'`: the only stylesheet is a file (next/font writes its
 * `@font-face` rules there too), no component renders a `style` attribute, and the scripts that
 * set styles (Next's route announcer, the share fallback) do so through `element.style`, which
 * CSP does not govern. Nothing uses `data:` or `blob:` images either, so `img-src` is `'self'`.
 * (The end-to-end tests fail on any CSP violation in any page they open.)
 *
 * No `upgrade-insecure-requests`: the site is also served over plain http (locally, in tests);
 * HTTPS is the host's business.
 */
export const contentSecurityPolicy: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  // React Server Component requests of client-side navigation, to this origin only.
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * Browser features the site never uses, denied to it and to any frame (`feature=()`), and the
 * two it does use, allowed to this origin only: `clipboard-write` (copying a paragraph link)
 * and `web-share` (the phone's share sheet). Reading aloud uses speechSynthesis, which no
 * permission governs; `autoplay` is left alone because Chromium ties speech to its autoplay
 * rules. `clipboard-read` is left at its default (this origin): the site never reads the
 * clipboard, but the end-to-end tests read back the copied link.
 */
export const permissionsPolicy: readonly string[] = [
  'accelerometer=()',
  'bluetooth=()',
  'browsing-topics=()',
  'camera=()',
  'clipboard-write=(self)',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'web-share=(self)',
  'xr-spatial-tracking=()',
];

/**
 * The policy `next dev` sends as `Content-Security-Policy-Report-Only` instead: React's
 * development build evaluates code (to rebuild server error stacks in the browser) and Next's
 * development tools are not built for a strict policy, so in development the console reports
 * what production would block, and nothing breaks.
 */
export const developmentContentSecurityPolicy: string = contentSecurityPolicy
  .map((directive) => (directive.startsWith('script-src ') ? `${directive} 'unsafe-eval'` : directive))
  .join('; ');

/** The headers, ready for Next.js `headers()` or a `_headers` file. */
export const securityHeaders: readonly SecurityHeader[] = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy.join('; ') },
  // The CSP's frame-ancestors, for browsers that predate it.
  { key: 'X-Frame-Options', value: 'DENY' },
  // A response is only ever what its Content-Type says (no script from a mislabelled file).
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Other sites see the origin a reader came from, never the article or paragraph.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: permissionsPolicy.join(', ') },
];

/** Long-lived caching for hashed build files, whose names change with their content. */
export const immutableCache = 'public, max-age=31536000, immutable';

/**
 * The static export's `_headers` file, in the format Netlify and Cloudflare Pages read (other
 * hosts take the same list in their own configuration): the security headers on every path,
 * and long-lived caching for the hashed files under `/_next/static/`.
 */
export function headersFile(): string {
  const block = (pattern: string, headers: readonly SecurityHeader[]) =>
    [pattern, ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join('\n');
  return `${[block('/*', securityHeaders), block('/_next/static/*', [{ key: 'Cache-Control', value: immutableCache }])].join('\n')}\n`;
}
