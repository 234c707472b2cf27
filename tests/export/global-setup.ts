import type { TestProject } from 'vitest/node';
import { startStaticServer } from '@/scripts/static-server';

// `baseURL` is declared as provided context in tests/e2e/global-setup.ts, which these tests share.

/** Serves the static export (`npm run export` first) as a plain static host would, for the export's tests. */
export default async function setup(project: TestProject) {
  const server = await startStaticServer('out');
  project.provide('baseURL', server.url);
  return () => server.stop();
}
