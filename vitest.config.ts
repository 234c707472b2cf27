import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // Unit tests run outside React Server Components, where this guard would throw.
      'server-only': fileURLToPath(new URL('./tests/unit/server-only-stub.ts', import.meta.url)),
    },
  },
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // One worker per core, not Vitest's default of one fewer: the slowest files mostly wait on
    // the command-line tools and builds they start, which run in processes of their own.
    maxWorkers: availableParallelism(),
    // A file's first detection loads franc's trigram models; with every core busy that alone
    // has passed Vitest's default 5 s.
    testTimeout: 15_000,
  },
});
