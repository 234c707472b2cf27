import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests too) with `tsc` before building.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // `/fr` and other paths outside every language get one bilingual 404 page.
    globalNotFound: true,
  },
};

export default nextConfig;
