/**
 * What the benchmark modules share: the run's machine, date and commit, statistics, the bare
 * Next.js page to weigh Paralelo against, and running a module on its own (`npm run bench:…`).
 */
import { execSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startNextServer, type RunningServer } from '@/scripts/support/next-server';
import { writeReportSection } from './report-section';
import { makeScratchCopy, type ScratchCopy } from './scratch';

/** A benchmark module's result: its figures, and its section of docs/BENCHMARKS.md. */
export interface BenchResult<Figures> {
  figures: Figures;
  lines: string[];
}

/** The seed article, the one every benchmark reads. */
export const seedSlug = 'belarus-cuba-military-ties';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

export const passOrMiss = (pass: boolean) => (pass ? 'PASS' : 'MISS');

export function machine(): string {
  return `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, ${os.platform()} ${os.release()}`;
}

export function nextVersion(): string {
  return (JSON.parse(readFileSync(path.join('node_modules', 'next', 'package.json'), 'utf8')) as { version: string })
    .version;
}

/** The date, commit and machine lines every section starts with. */
export function runInfo(): string[] {
  let commit = execSync('git rev-parse --short HEAD').toString().trim();
  // The report itself is left out: an earlier run's figures are not a change to the code.
  if (execSync("git status --porcelain --untracked-files=no -- . ':!docs/BENCHMARKS.md'").toString().trim())
    commit += ' (with uncommitted changes)';
  return [`- Date: ${new Date().toISOString().slice(0, 10)}`, `- Commit: ${commit}`, `- Machine: ${machine()}`];
}

let bare: Promise<{ copy: ScratchCopy; server: RunningServer; buildSeconds: number }> | undefined;

/**
 * The bare Next.js app of `bench/bare-app/` (a layout with html and body, a page with a heading
 * and a paragraph), built with the project's own Next.js in a scratch copy and served by
 * `next start`; built once per process, stopped by `stopBareApp`.
 */
export function bareApp(): Promise<{ url: string; buildSeconds: number }> {
  bare ??= (async () => {
    const copy = makeScratchCopy('bare', {
      entries: ['app'],
      source: path.join('bench', 'bare-app'),
      withConfig: false,
    });
    try {
      const { seconds } = copy.run('npx next build', { echo: false });
      return { copy, server: await startNextServer({ cwd: copy.dir }), buildSeconds: seconds };
    } catch (error) {
      copy.remove();
      throw error;
    }
  })();
  return bare.then(({ server, buildSeconds }) => ({ url: server.url, buildSeconds }));
}

export async function stopBareApp(): Promise<void> {
  if (!bare) return;
  const started = bare;
  bare = undefined;
  const { copy, server } = await started;
  server.stop();
  copy.remove();
}

/** Whether the module at `moduleUrl` (its `import.meta.url`) is the script node was started with. */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(path.resolve(process.argv[1])).href;
}

/**
 * Runs one benchmark module on its own: builds the app (`npm run build`; `--no-build` serves the
 * build already in .next), serves it, runs `bench` on it, prints its section and writes it to
 * docs/BENCHMARKS.md under `name`.
 */
export async function runStandalone<F>(
  name: string,
  bench: (appURL: string) => Promise<BenchResult<F>>,
): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    const result = spawnSync('npm run build', {
      shell: true,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (result.status !== 0) throw new Error('npm run build failed');
  }
  const server = await startNextServer();
  try {
    const { lines } = await bench(server.url);
    const report = lines.join('\n');
    writeReportSection('docs/BENCHMARKS.md', name, report);
    console.log(`\n${report}`);
  } finally {
    server.stop();
    await stopBareApp();
  }
}
