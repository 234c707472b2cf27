/**
 * The security headers every response of the site carries: pages, 404s, redirects, scripts,
 * stylesheets, fonts, share cards, the sitemap and robots.txt.
 *
 * `next.config.ts` sends them from `headers()` for every path; the same list can be written to
 * a static host's `_headers` file. Plain data, no Next.js import, so any script can use it.
 *
 * @packageDocumentation
 */

import { workerPath } from './offline/paths';

/** One HTTP response header, in the `{ key, value }` shape of Next.js `headers()`. */
export interface SecurityHeader {
  readonly key: string;
  readonly value: string;
}

/**
 * The Content-Security-Policy directives, in order: everything from this origin, no eval, no
 * plugins, no framing. `script-src` keeps `'unsafe-inline'` because Next.js streams each page's
 * payload as inline scripts that no hash can name, and a nonce would rule out prerendering; the
 * whole reasoning, and what the policy still rules out, is in docs/security.md.
 */
export const contentSecurityPolicy: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  // React Server Component requests of client-side navigation, to this origin only.
  "connect-src 'self'",
  // The offline service worker (/sw.js) and the web app manifests: this origin's only.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * Browser features the site never uses, denied to it and to any frame (`feature=()`); the one it
 * uses for copying a link, `clipboard-write`, allowed to this origin only. `autoplay` is left
 * alone (Chromium ties speech to it), and `clipboard-read` at its default so that the
 * end-to-end tests can read back a copied link. Left out because a browser that does not know
 * them writes a warning in the console of every page: `web-share`, whose default is this
 * origin only (what the site wants), and `bluetooth`, whose default is this origin only too and
 * which no script of the site (the CSP allows no other) ever calls.
 */
export const permissionsPolicy: readonly string[] = [
  'accelerometer=()',
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
 * The service worker script is asked anew on every check for an update: a cached copy would
 * keep an old worker (and the pages it keeps) past a deploy.
 */
export const workerCache = 'no-cache';

/**
 * The static export's `_headers` file, in the format Netlify and Cloudflare Pages read (other
 * hosts take the same list in their own configuration): the security headers on every path,
 * long-lived caching for the hashed files under `/_next/static/`, and none for the service
 * worker at `workerPath`.
 */
export function headersFile(): string {
  const block = (pattern: string, headers: readonly SecurityHeader[]) =>
    [pattern, ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join('\n');
  return `${[
    block('/*', securityHeaders),
    block('/_next/static/*', [{ key: 'Cache-Control', value: immutableCache }]),
    block(workerPath, [{ key: 'Cache-Control', value: workerCache }]),
  ].join('\n')}\n`;
}
