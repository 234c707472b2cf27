/**
 * What the last `npm run build` was made from, so that `npm start` builds only when something
 * changed:
 *
 *   tsx scripts/build-stamp.ts write   after a build: records the fingerprint of its sources
 *   tsx scripts/build-stamp.ts check   exits 0 when the build on disk was made from the sources
 *                                      as they are now, else 1, saying what changed
 *
 * The sources are every file the build reads (articles, translations, code, styles, config,
 * the lockfile) and the environment variables it reads.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtFiles } from '@/lib/content/files';

const sourceFolders = ['app', 'components', 'content', 'lib', 'locales', 'public'];
const sourceFiles = ['proxy.ts', 'next.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];
const settings = ['SITE_URL', 'PREBUILD_PARAGRAPH_PAGES', 'NODE_ENV'];
const stampFile = path.join('.next', 'paralelo-build-stamp.json');
/** What the build writes outside .next/: part of the build, not of its sources. */
const builtWorker = path.join('public', 'sw.js');

type Environment = Record<string, string | undefined>;

interface Stamp {
  environment: Record<string, string | null>;
  files: Record<string, string>;
}

function filesUnder(root: string, folder: string): string[] {
  if (!existsSync(path.join(root, folder))) return [];
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(path.join(root, file)).isFile());
}

function currentStamp(root: string, env: Environment): Stamp {
  const files = [
    ...sourceFolders.flatMap((folder) => filesUnder(root, folder)).filter((file) => file !== builtWorker),
    ...sourceFiles.filter((file) => existsSync(path.join(root, file))),
  ].sort();
  return {
    environment: Object.fromEntries(settings.map((name) => [name, env[name] ?? null])),
    files: Object.fromEntries(
      files.map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(path.join(root, file)))
          .digest('hex'),
      ]),
    ),
  };
}

/** Records what the build in `root` was made from; run right after the build. */
export function writeBuildStamp(root: string, env: Environment = process.env): void {
  writeFileSync(path.join(root, stampFile), JSON.stringify(currentStamp(root, env)));
}

/**
 * Whether the build in `root` was made from its sources as they are now, and why not: no build,
 * or the files and settings that changed since.
 */
export function checkBuildStamp(root: string, env: Environment = process.env): { upToDate: boolean; message: string } {
  const built = [path.join('.next', 'BUILD_ID'), path.join('.content', builtFiles.summaries), builtWorker].every(
    (file) => existsSync(path.join(root, file)),
  );
  if (!built || !existsSync(path.join(root, stampFile))) {
    return { upToDate: false, message: 'build: no build to start from; building' };
  }
  const recorded = JSON.parse(readFileSync(path.join(root, stampFile), 'utf8')) as Stamp;
  const now = currentStamp(root, env);
  const names = new Set([...Object.keys(recorded.files), ...Object.keys(now.files)]);
  const changed = [
    ...[...names].filter((file) => recorded.files[file] !== now.files[file]).sort(),
    ...settings.filter((name) => recorded.environment[name] !== now.environment[name]).map((name) => `$${name}`),
  ];
  if (changed.length === 0)
    return { upToDate: true, message: 'build: the last build is up to date with the sources; starting it' };
  const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? ` and ${changed.length - 5} more` : '');
  return { upToDate: false, message: `build: ${shown} changed since the last build; building` };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const command = process.argv[2];
  if (command === 'write') writeBuildStamp(process.cwd());
  else if (command === 'check') {
    const { upToDate, message } = checkBuildStamp(process.cwd());
    console.log(message);
    process.exitCode = upToDate ? 0 : 1;
  } else {
    console.error('usage: tsx scripts/build-stamp.ts write|check');
    process.exitCode = 2;
  }
}
