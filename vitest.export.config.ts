import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The smoke tests of the static export: `out/` served by scripts/static-server.ts, no Next.js server. */
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('.', import.meta.url)) },
  },
  test: {
    include: ['tests/export/**/*.test.ts'],
    globalSetup: ['tests/export/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One browser and one server on a 2-core machine: files run one after another.
    fileParallelism: false,
  },
});
