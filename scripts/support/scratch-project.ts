import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface ScratchProject {
  /** The copy's directory, `<parent>/<prefix>-XXXXXX` in the repo. */
  dir: string;
  remove(): void;
}

/**
 * A throwaway copy of this Next.js project inside the repo, for builds that must leave the
 * working tree alone: the static export (`.scratch/`) and the benchmarks (`.bench/`), both
 * git-ignored. Turbopack builds only within its root, which must hold node_modules, so the copy
 * symlinks the repo's node_modules and its next.config.ts sets `turbopack.root` to the folder
 * that really holds them. A copy made inside a copy (a test's site running `npm run export`)
 * takes the project's own config, not its parent's wrapper.
 *
 * @param entries files and folders copied from `source` (default: the repo)
 * @param config `base`: the copy's config spreads the repo's next.config.ts; `options` are set over it
 */
export function makeScratchProject(
  parent: string,
  prefix: string,
  {
    entries,
    source,
    config = {},
  }: { entries: readonly string[]; source?: string; config?: { base?: boolean; options?: Record<string, unknown> } },
): ScratchProject {
  const repo = process.cwd();
  mkdirSync(path.join(repo, parent), { recursive: true });
  const dir = mkdtempSync(path.join(repo, parent, `${prefix}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  try {
    for (const entry of entries) cpSync(path.join(source ?? repo, entry), path.join(dir, entry), { recursive: true });
    symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
    const root = path.dirname(realpathSync(path.join(repo, 'node_modules')));
    const settings = JSON.stringify({ ...config.options, turbopack: { root } });
    if (config.base) {
      const copied = existsSync(path.join(repo, 'next.base.ts')) ? 'next.base.ts' : 'next.config.ts';
      cpSync(path.join(repo, copied), path.join(dir, 'next.base.ts'));
      writeFileSync(
        path.join(dir, 'next.config.ts'),
        `import base from './next.base';\nexport default { ...base, ...${settings} };\n`,
      );
    } else {
      writeFileSync(path.join(dir, 'next.config.ts'), `export default ${settings};\n`);
    }
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, remove };
}
