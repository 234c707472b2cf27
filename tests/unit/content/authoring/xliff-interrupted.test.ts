import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, watch } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportXliff } from '@/lib/content/authoring/xliff/export';
import { importXliff } from '@/lib/content/authoring/xliff/import';
import { parseSourcesRecord, parseTranslationResource } from '@/lib/content/build/join/translation-resource';
import { repo } from '@/tests/unit/support';
import { makeProject, reviseTargets, seedSlug, seedXliff, type Project } from './xliff-project';

// An import stopped half way, by a kill or a failed write, leaves each resource file whole: as
// it was, or as the import finished it; never a translation recorded as up to date before the
// translation itself is written.

/** When set, the nth renameSync from now fails, as a full disk would. */
const renameFailure = vi.hoisted(() => ({ countdown: 0 }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const renameSync: typeof actual.renameSync = (from, to) => {
    if (renameFailure.countdown > 0 && --renameFailure.countdown === 0) throw Object.assign(new Error('ENOSPC: no space left on device, rename (simulated)'), { code: 'ENOSPC' });
    return actual.renameSync(from, to);
  };
  return { ...actual, renameSync, default: { ...actual, renameSync } };
});

const files = {
  backup: `locales/es/${seedSlug}.replaced.json`,
  resource: `locales/es/${seedSlug}.json`,
  sources: `locales/es/${seedSlug}.sources.json`,
} as const;
type Texts = Record<keyof typeof files, string | undefined>;

let original: Project;
/** The files before the import, and after a whole one. */
let before: Texts;
let after: Texts;

const textsIn = (root: string): Texts =>
  Object.fromEntries(Object.entries(files).map(([name, file]) => [name, existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : undefined])) as Texts;

/** A copy of the project ready to import, the XLIFF file revised. */
function copyOf(project: Project): Project {
  const copy = makeProject({ seed: false });
  cpSync(project.root, copy.root, { recursive: true });
  return copy;
}

beforeEach(() => {
  original = makeProject();
  // One translation stale, so that the import records a new original in the sources file too.
  const article = original.read(`content/${seedSlug}.md`);
  original.write(`content/${seedSlug}.md`, article.replace('although it did not provide details', 'although it gave no details'));
  exportXliff(original.root, { to: 'es', out: 'xliff', version: '2.0' });
  original.write(seedXliff('es'), reviseTargets(original.read(seedXliff('es'))));
  before = textsIn(original.root);
  const whole = copyOf(original);
  expect(importXliff(whole.root, seedXliff('es')).imported).toHaveLength(21);
  after = textsIn(whole.root);
  for (const name of Object.keys(files) as (keyof Texts)[]) expect(after[name], name).not.toBe(before[name]);
  whole.remove();
});

afterEach(() => {
  renameFailure.countdown = 0;
  original.remove();
});

/** Each file old or new and readable, and the sources file new only once the translations are. */
function expectWholeFiles(root: string): string {
  const now = textsIn(root);
  for (const [name, file] of Object.entries(files) as [keyof Texts, string][]) {
    expect([before[name], after[name]], file).toContain(now[name]);
    if (now[name] !== undefined) (name === 'sources' ? parseSourcesRecord : parseTranslationResource)(now[name], file);
  }
  if (now.sources === after.sources) expect(now.resource).toBe(after.resource);
  if (now.resource === after.resource) expect(now.backup).toBe(after.backup);
  return (Object.keys(files) as (keyof Texts)[]).map((name) => (now[name] === after[name] ? 'new' : 'old')).join('/');
}

describe('content:import stopped half way', () => {
  it('leaves every file whole when a write fails at any step, and says so', () => {
    expect(before.backup).toBeUndefined();
    for (const step of [1, 2, 3]) {
      const copy = copyOf(original);
      renameFailure.countdown = step;
      const result = importXliff(copy.root, seedXliff('es'));
      renameFailure.countdown = 0;
      const written = Object.values(files)[step - 1]!;
      expect(String(result.error)).toBe(`${seedXliff('es')}: was not imported whole: writing ${written} failed (ENOSPC: no space left on device, rename (simulated)); every file is whole, as before or as imported: run the import again`);
      expect(expectWholeFiles(copy.root)).toBe(['old/old/old', 'new/old/old', 'new/new/old'][step - 1]);
      // Run again, it finishes the job.
      expect(importXliff(copy.root, seedXliff('es')).error).toBeUndefined();
      expect(textsIn(copy.root).sources).toBe(after.sources);
      copy.remove();
    }
  });

  it('leaves every file whole when its process is killed at random moments', { timeout: 300_000 }, async () => {
    const loader = pathToFileURL(createRequire(path.join(repo, 'package.json')).resolve('tsx')).href;
    /** Runs the import in its own process; kills it after `kill.ms`, or at the nth change in locales/es. */
    const run = (root: string, kill?: { ms: number } | { changes: number }) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        const child = spawn(process.execPath, ['--import', loader, path.join(repo, 'scripts', 'content', 'import.ts'), seedXliff('es')], {
          cwd: root,
          env: { ...process.env, TSX_TSCONFIG_PATH: path.join(repo, 'tsconfig.json') },
          stdio: 'ignore',
        });
        const timer = kill && 'ms' in kill ? setTimeout(() => child.kill('SIGKILL'), kill.ms) : undefined;
        let changes = 0;
        const watcher = kill && 'changes' in kill ? watch(path.join(root, 'locales', 'es'), () => ++changes === kill.changes && child.kill('SIGKILL')) : undefined;
        child.on('exit', () => {
          clearTimeout(timer);
          watcher?.close();
          resolve(performance.now() - started);
        });
      });
    const whole = copyOf(original);
    const duration = await run(whole.root);
    expect(textsIn(whole.root)).toEqual(after);
    whole.remove();

    // A fixed seed: the same moments on every run. Some anywhere in the whole run (mostly before
    // it writes: starting and reading take most of it), the others among its writes.
    let seed = 18;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const moments = [
      ...Array.from({ length: 4 }, () => ({ ms: random() * duration * 1.1 })),
      ...Array.from({ length: 8 }, () => ({ changes: 1 + Math.floor(random() * 8) })),
    ];
    for (const moment of moments) {
      const copy = copyOf(original);
      await run(copy.root, moment);
      expectWholeFiles(copy.root);
      copy.remove();
    }
  });
});
