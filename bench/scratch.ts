import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeScratchProject } from '@/scripts/support/scratch-project';

export interface ScratchCopy {
  /** The copy's directory, under `.bench/` in the repo. */
  dir: string;
  /** Runs a shell command in the copy; returns its wall time in seconds and what it printed. */
  run(command: string, options?: { echo?: boolean }): { seconds: number; output: string };
  remove(): void;
}

/** The project files a build needs, for a full copy of the app. */
export const appEntries = ['app', 'components', 'lib', 'scripts', 'proxy.ts', 'tsconfig.json', 'package.json'] as const;

/**
 * A scratch copy of the project in `.bench/<prefix>-XXXXXX` (see `makeScratchProject`), with a
 * way to run commands in it. `entries` are copied from `source` (default: the repo); the copy's
 * next.config.ts wraps the repo's when `withConfig` is set.
 */
export function makeScratchCopy(
  prefix: string,
  { entries, source, withConfig = true }: { entries: readonly string[]; source?: string; withConfig?: boolean },
): ScratchCopy {
  const { dir, remove } = makeScratchProject('.bench', prefix, {
    entries,
    source,
    // Without the repo's config, the root's `npm run typecheck` already type-checks what is copied.
    config: withConfig ? { base: true } : { options: { typescript: { ignoreBuildErrors: true } } },
  });
  return {
    dir,
    run(command, { echo = true } = {}) {
      const started = performance.now();
      const result = spawnSync(command, {
        shell: true,
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      });
      if (echo) {
        process.stdout.write(result.stdout);
        process.stderr.write(result.stderr);
      }
      const output = result.stdout + result.stderr;
      if (result.status !== 0) throw new Error(`${command} failed in ${dir}:\n${echo ? '' : output}`);
      return { seconds: (performance.now() - started) / 1000, output };
    },
    remove,
  };
}

/**
 * A scratch copy of the app whose only article, `large`, has `paragraphs` paragraphs: the seed
 * article's, repeated with a running number, so IDs stay unique. Not built yet.
 */
export function makeLargeArticleCopy(paragraphs: number): ScratchCopy {
  const repo = process.cwd();
  const copy = makeScratchCopy('large', { entries: appEntries });
  try {
    for (const lng of ['en', 'es'])
      cpSync(path.join(repo, 'locales', lng, 'common.json'), path.join(copy.dir, 'locales', lng, 'common.json'));
    const seed = readFileSync(path.join(repo, 'content', 'belarus-cuba-military-ties.md'), 'utf8')
      .split(/\n\n+/)
      .slice(1)
      .filter((block) => !block.startsWith('#'));
    const body = Array.from({ length: paragraphs }, (_, i) => `${i + 1} — ${seed[i % seed.length]}`);
    mkdirSync(path.join(copy.dir, 'content'));
    writeFileSync(
      path.join(copy.dir, 'content', 'large.md'),
      `---\ntitle: A generated article of ${paragraphs} paragraphs\n---\n\n${body.join('\n\n')}\n`,
    );
  } catch (error) {
    copy.remove();
    throw error;
  }
  return copy;
}
