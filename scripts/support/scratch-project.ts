import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
 * symlinks the repo's node_modules and its next.config.ts sets `turbopack.root` to the repo.
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
    const settings = JSON.stringify({ ...config.options, turbopack: { root: repo } });
    if (config.base) {
      cpSync(path.join(repo, 'next.config.ts'), path.join(dir, 'next.base.ts'));
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
