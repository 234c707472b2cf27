import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ContentError } from '@/lib/content/content-error';

/** The repository's root folder. */
export const repo = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The warning of `content:check` on an article whose text or translations changed since
 * `content:sync` recorded its updated date (`lib/content/authoring/updated-date.ts`).
 */
export const updatedDateBehind = (slug: string) => ({
  file: path.join('content', `${slug}.md`),
  message: expect.stringMatching(
    new RegExp(
      `^the text or a translation changed since its updated date \\(\\S+\\) was recorded in content/${slug}\\.updated\\.json; run npm run content:sync to record it for the feeds$`,
    ),
  ),
});

/** The ContentError `fn` throws; fails the test if it throws anything else or nothing. */
export function contentError(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a ContentError, but nothing was thrown');
}

/** Runs a script of this repository with `cwd` as the project root, as npm run would. */
export function runScript(script: string, args: string[], cwd: string) {
  const result = spawnSync(
    path.join(repo, 'node_modules', '.bin', 'tsx'),
    ['--tsconfig', path.join(repo, 'tsconfig.json'), path.join(repo, 'scripts', script), ...args],
    { cwd, encoding: 'utf8', timeout: 60_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
