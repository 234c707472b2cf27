import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // `/fr` and other paths outside every language get one bilingual 404 page.
    globalNotFound: true,
  },
};

export default nextConfig;
