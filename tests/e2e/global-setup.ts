import type { TestProject } from 'vitest/node';
import { startNextServer } from '@/scripts/support/next-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves the built app (`npm run build` first) for the end-to-end tests. */
export default async function setup(project: TestProject) {
  const server = await startNextServer();
  project.provide('baseURL', server.url);
  return () => server.stop();
}
