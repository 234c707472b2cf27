import type { NextConfig } from 'next';
import { developmentContentSecurityPolicy, securityHeaders } from './lib/security-headers';

// `next dev` reports CSP violations instead of enforcing (see lib/security-headers.ts).
const headers =
  process.env.NODE_ENV === 'development'
    ? securityHeaders.map(({ key, value }) =>
        key === 'Content-Security-Policy' ? { key: `${key}-Report-Only`, value: developmentContentSecurityPolicy } : { key, value },
      )
    : securityHeaders.map(({ key, value }) => ({ key, value }));

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Next makes a page's ETag by hashing all of its HTML on every request: for the reader's 76 KB
  // that was a fifth of the server's CPU in a profile under load (`npm run bench:serving` measures
  // the throughput). Pages change only with a deploy, and a CDN in front revalidates by its own
  // means; without one, a browser that opens an article again gets it again (about 16 KB gzip)
  // instead of a 304.
  generateEtags: false,
  // proxy.ts drops trailing slashes itself: Next's redirect would go out without the headers below.
  skipTrailingSlashRedirect: true,
  // `npm test` type-checks the whole project (tests too) with `tsc` before building.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // `/fr` and other paths outside every language get one bilingual 404 page.
    globalNotFound: true,
  },
  // Security headers on every response: pages, 404s, redirects, static files, cards, sitemap, robots.txt.
  async headers() {
    return [{ source: '/:path*', headers }];
  },
};

export default nextConfig;
