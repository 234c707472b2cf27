import type { NextConfig } from 'next';
import { workerPath } from './lib/offline/paths';
import { developmentContentSecurityPolicy, securityHeaders, workerCache } from './lib/security-headers';

// `next dev` reports CSP violations instead of enforcing (see lib/security-headers.ts).
const headers =
  process.env.NODE_ENV === 'development'
    ? securityHeaders.map(({ key, value }) =>
        key === 'Content-Security-Policy'
          ? { key: `${key}-Report-Only`, value: developmentContentSecurityPolicy }
          : { key, value },
      )
    : securityHeaders.map(({ key, value }) => ({ key, value }));

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Next would hash every page's whole HTML on every request to make its ETag, a cost under load
  // (docs/performance.md); pages change only with a deploy, and a CDN revalidates by its own means.
  generateEtags: false,
  // proxy.ts drops trailing slashes itself: Next's redirect would go out without the headers below.
  skipTrailingSlashRedirect: true,
  experimental: {
    // `/fr` and other paths outside every language get one bilingual 404 page.
    globalNotFound: true,
  },
  // Security headers on every response: pages, 404s, redirects, static files, cards, sitemap, robots.txt;
  // and the service worker (built into public/ by scripts/build-worker.ts) checked anew each time.
  async headers() {
    return [
      { source: '/:path*', headers },
      { source: workerPath, headers: [{ key: 'Cache-Control', value: workerCache }] },
    ];
  },
};

export default nextConfig;
