/**
 * A scratch copy of the project under `.bench/` with no content of its own, for a benchmark to
 * fill with generated articles and build. Same recipe as bench/large-article.ts: inside the repo
 * (git-ignored), node_modules linked, and Turbopack's root set to the repo, which holds them.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface ScratchProject {
  root: string;
  remove(): void;
}

export function createScratchProject(repo: string, prefix: string): ScratchProject {
  mkdirSync(path.join(repo, '.bench'), { recursive: true });
  const root = mkdtempSync(path.join(repo, '.bench', prefix));
  for (const entry of ['app', 'components', 'lib', 'scripts', 'proxy.ts', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(repo, entry), path.join(root, entry), { recursive: true });
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'));
  cpSync(path.join(repo, 'next.config.ts'), path.join(root, 'next.base.ts'));
  writeFileSync(
    path.join(root, 'next.config.ts'),
    `import base from './next.base';\nexport default { ...base, turbopack: { root: ${JSON.stringify(repo)} } };\n`,
  );
  for (const lng of ['en', 'es']) cpSync(path.join(repo, 'locales', lng, 'common.json'), path.join(root, 'locales', lng, 'common.json'));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
