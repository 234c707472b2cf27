import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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
 * Makes a scratch Next.js project in `.bench/<prefix>-XXXXXX` inside the repo (git-ignored):
 * Turbopack builds only within its root, which must hold node_modules, so the copy symlinks the
 * repo's node_modules and sets `turbopack.root` to the repo. `entries` are copied from
 * `source` (default: the repo); the copy's next.config.ts wraps the repo's when `withConfig` is set.
 */
export function makeScratchCopy(
  prefix: string,
  { entries, source, withConfig = true }: { entries: readonly string[]; source?: string; withConfig?: boolean },
): ScratchCopy {
  const repo = process.cwd();
  mkdirSync(path.join(repo, '.bench'), { recursive: true });
  const dir = mkdtempSync(path.join(repo, '.bench', `${prefix}-`));
  try {
    for (const entry of entries) cpSync(path.join(source ?? repo, entry), path.join(dir, entry), { recursive: true });
    symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
    const root = JSON.stringify(repo);
    if (withConfig) {
      cpSync(path.join(repo, 'next.config.ts'), path.join(dir, 'next.base.ts'));
      writeFileSync(path.join(dir, 'next.config.ts'), `import base from './next.base';\nexport default { ...base, turbopack: { root: ${root} } };\n`);
    } else {
      // The root's `npm run typecheck` already type-checks what is copied.
      writeFileSync(path.join(dir, 'next.config.ts'), `export default { typescript: { ignoreBuildErrors: true }, turbopack: { root: ${root} } };\n`);
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    run(command, { echo = true } = {}) {
      const started = performance.now();
      const result = spawnSync(command, { shell: true, cwd: dir, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
      if (echo) {
        process.stdout.write(result.stdout);
        process.stderr.write(result.stderr);
      }
      const output = result.stdout + result.stderr;
      if (result.status !== 0) throw new Error(`${command} failed in ${dir}:\n${echo ? '' : output}`);
      return { seconds: (performance.now() - started) / 1000, output };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
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
    for (const lng of ['en', 'es']) cpSync(path.join(repo, 'locales', lng, 'common.json'), path.join(copy.dir, 'locales', lng, 'common.json'));
    const seed = readFileSync(path.join(repo, 'content', 'belarus-cuba-military-ties.md'), 'utf8')
      .split(/\n\n+/)
      .slice(1)
      .filter((block) => !block.startsWith('#'));
    const body = Array.from({ length: paragraphs }, (_, i) => `${i + 1} — ${seed[i % seed.length]}`);
    mkdirSync(path.join(copy.dir, 'content'));
    writeFileSync(path.join(copy.dir, 'content', 'large.md'), `---\ntitle: A generated article of ${paragraphs} paragraphs\n---\n\n${body.join('\n\n')}\n`);
  } catch (error) {
    copy.remove();
    throw error;
  }
  return copy;
}
