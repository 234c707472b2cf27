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
import { builtContentDir, builtFiles } from '@/lib/content/files';

const sourceFolders = ['app', 'components', 'content', 'lib', 'locales', 'public'];
const sourceFiles = ['proxy.ts', 'next.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];
const environment = ['SITE_URL', 'PREBUILD_PARAGRAPH_PAGES', 'NODE_ENV'];
const stampFile = path.join('.next', 'paralelo-build-stamp.json');

interface Stamp {
  environment: Record<string, string | null>;
  files: Record<string, string>;
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(file).isFile());
}

function currentStamp(): Stamp {
  const files = [...sourceFolders.flatMap(filesUnder), ...sourceFiles.filter((file) => existsSync(file))].sort();
  return {
    environment: Object.fromEntries(environment.map((name) => [name, process.env[name] ?? null])),
    files: Object.fromEntries(files.map((file) => [file, createHash('sha256').update(readFileSync(file)).digest('hex')])),
  };
}

/** What differs between the recorded stamp and now, in words; empty when nothing does. */
function changes(recorded: Stamp, now: Stamp): string[] {
  const names = new Set([...Object.keys(recorded.files), ...Object.keys(now.files)]);
  const files = [...names].filter((file) => recorded.files[file] !== now.files[file]).sort();
  const variables = environment.filter((name) => recorded.environment[name] !== now.environment[name]);
  return [...files, ...variables.map((name) => `$${name}`)];
}

function check(): number {
  const built = existsSync(path.join('.next', 'BUILD_ID')) && existsSync(path.join(builtContentDir, builtFiles.summaries));
  if (!built || !existsSync(stampFile)) {
    console.log('build: no build to start from; building');
    return 1;
  }
  const changed = changes(JSON.parse(readFileSync(stampFile, 'utf8')) as Stamp, currentStamp());
  if (changed.length > 0) {
    const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? ` and ${changed.length - 5} more` : '');
    console.log(`build: ${shown} changed since the last build; building`);
    return 1;
  }
  console.log('build: the last build is up to date with the sources; starting it');
  return 0;
}

const command = process.argv[2];
if (command === 'write') writeFileSync(stampFile, JSON.stringify(currentStamp()));
else if (command === 'check') process.exitCode = check();
else {
  console.error('usage: tsx scripts/build-stamp.ts write|check');
  process.exitCode = 2;
}
