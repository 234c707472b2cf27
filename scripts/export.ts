/**
 * `npm run export`: the whole site as static files in `out/`, for any static host or CDN.
 *
 * `output: 'export'` refuses a proxy (middleware) and on-demand pages, so the export is built in
 * a scratch copy of the project under `.scratch/` (git-ignored, removed afterwards, on Ctrl-C
 * too): the same app without `proxy.ts`, with `output: 'export'`, every paragraph page and share
 * card prebuilt (`PREBUILD_PARAGRAPH_PAGES=1`) and `dynamicParams = false` on their routes, so
 * an unknown paragraph ID is a missing file that the host answers with `404.html`. The working
 * tree is never changed: only `.content/` (as `npm run build` does), `.scratch/` and `out/`.
 * Then `out/index.html` is written: the language choice of `/`, made in the browser, with its
 * stylesheet; and `out/_headers`: the security headers of `next start` for the hosts that read
 * that file (Netlify, Cloudflare Pages; `npm run export:serve` does too), with the feeds' content
 * types; and `out/sw.js`, the offline worker, built from the exported pages (scripts/build-worker.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtFiles, readBuiltFile, type ParagraphIds, type SentenceCounts } from '@/lib/content/files';
import { languages } from '@/lib/i18n/config';
import { languageChoicePage, languageChoiceStyles, languageChoiceStylesheet } from '@/lib/i18n/language-choice-page';
import { feedFormatNames, feedHeaderRules, feedPath } from '@/lib/feed/formats';
import { workerPath } from '@/lib/offline/paths';
import { headersFile } from '@/lib/security-headers';
import { makeScratchProject } from './support/scratch-project';

const repo = process.cwd();
const workerFile = workerPath.slice(1);
const outDir = path.join(repo, 'out');
const started = performance.now();

/** Routes that are made on first request under `next start`, and must all be files here. */
const prebuiltRoutes = [
  'app/[lng]/articles/[slug]/p/[id]/page.tsx',
  'app/[lng]/articles/[slug]/p/[id]/card.png/route.tsx',
  'app/[lng]/articles/[slug]/p/[id]/s/[n]/page.tsx',
  'app/[lng]/articles/[slug]/p/[id]/s/[n]/card.png/route.tsx',
];

let running: ChildProcess | undefined;
/** Set on Ctrl-C: the build then ends by our signal, which is no failure to report. */
let interrupted = false;

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    // In its own process group, so a signal can stop it with everything it started (npx, the build's workers).
    running = spawn(command, args, {
      cwd,
      stdio: 'inherit',
      detached: true,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    });
    running.on('error', reject);
    running.on('exit', (code, signal) => {
      running = undefined;
      if (interrupted) return; // the signal handler exits once the copy is removed
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

await run('npx', ['tsx', 'scripts/content/build.ts'], repo);

// Same URLs as `next start` (no trailing slash): /en/articles/x is out/en/articles/x.html.
const scratch = makeScratchProject('.scratch', 'export', {
  entries: ['app', 'components', 'lib', 'locales', '.content', 'tsconfig.json', 'package.json'],
  config: { base: true, options: { output: 'export', trailingSlash: false } },
});
const signalGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // The group is gone already.
  }
};
// Interrupted: stop the build and every process it started before removing the copy they write to.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    interrupted = true;
    const child = running;
    if (!child) {
      scratch.remove();
      console.error('export: interrupted');
      process.exit(130);
    }
    child.once('exit', () => {
      signalGroup(child, 'SIGKILL');
      setTimeout(() => {
        scratch.remove();
        console.error('export: interrupted; out/ is as it was');
        process.exit(130);
      }, 200);
    });
    signalGroup(child, 'SIGTERM');
  });
}

try {
  for (const route of prebuiltRoutes) {
    const file = path.join(scratch.dir, route);
    const source = readFileSync(file, 'utf8');
    const changed = source.replace(/^export const dynamicParams = true;$/m, 'export const dynamicParams = false;');
    if (changed === source)
      throw new Error(`${route}: expected "export const dynamicParams = true;" to turn off for the export`);
    writeFileSync(file, changed);
  }

  await run('npx', ['next', 'build'], scratch.dir, { PREBUILD_PARAGRAPH_PAGES: '1' });

  rmSync(outDir, { recursive: true, force: true });
  renameSync(path.join(scratch.dir, 'out'), outDir);
} finally {
  scratch.remove();
}

writeFileSync(path.join(outDir, 'index.html'), languageChoicePage());
writeFileSync(path.join(outDir, languageChoiceStylesheet), languageChoiceStyles);
writeFileSync(path.join(outDir, '_headers'), headersFile() + feedHeaderRules());
await run('npx', ['tsx', 'scripts/build-worker.ts', '--export', outDir], repo);

// Every paragraph and sentence page and card, in both languages, must be a file: a host cannot make them.
const missing: string[] = [];
const expect = (page: string) => {
  for (const file of [`${page}.html`, path.join(page, 'card.png')]) if (!existsSync(file)) missing.push(file);
};
const index = readBuiltFile<ParagraphIds>(builtFiles.paragraphIds);
for (const [slug, ids] of Object.entries(index)) {
  for (const lng of languages) {
    for (const id of ids) expect(path.join(outDir, lng, 'articles', slug, 'p', id));
  }
}
const sentences = readBuiltFile<SentenceCounts>(builtFiles.sentenceCounts);
for (const [slug, blocks] of Object.entries(sentences)) {
  for (const [id, counts] of Object.entries(blocks)) {
    for (const lng of languages) {
      for (let n = 1; n <= counts[lng]; n++) expect(path.join(outDir, lng, 'articles', slug, 'p', id, 's', String(n)));
    }
  }
}
const feeds = languages.flatMap((lng) => feedFormatNames.map((format) => feedPath(lng, format).slice(1)));
for (const file of [
  '404.html',
  'sitemap.xml',
  'robots.txt',
  'index.html',
  languageChoiceStylesheet,
  '_headers',
  ...feeds,
  workerFile,
])
  if (!existsSync(path.join(outDir, file))) missing.push(file);
if (missing.length > 0)
  throw new Error(`the export lacks ${missing.length} file(s):\n${missing.slice(0, 20).join('\n')}`);

let files = 0;
let bytes = 0;
(function walk(dir: string) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else {
      files += 1;
      bytes += statSync(full).size;
    }
  }
})(outDir);
const paragraphs = Object.values(index).reduce((sum, ids) => sum + ids.length, 0);
console.log(
  `\nExported to out/: ${files} files, ${(bytes / 1e6).toFixed(1)} MB, ${paragraphs} paragraph link(s) × 2 languages, in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
