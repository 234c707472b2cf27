import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBuildStamp, writeBuildStamp } from '@/scripts/build-stamp';
import { runScript } from '@/tests/unit/support';

// `npm start` runs `build-stamp.ts check || npm run build`: a project whose last build was made
// from its sources as they are starts at once; any change to what the build reads rebuilds it.

let root: string;

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** A project as `npm run build` leaves it: sources, a Next.js build and the built content. */
function builtProject() {
  write('content/an-article.md', '---\ntitle: An article\n---\n\nA paragraph.\n');
  write('locales/es/an-article.json', '{ "blocks": { "a-paragraph": "Un párrafo." } }\n');
  write('lib/site.ts', 'export const site = 1;\n');
  write('app/page.tsx', 'export default function Page() { return null; }\n');
  write('package.json', '{ "name": "x" }\n');
  write('.next/BUILD_ID', 'abc\n');
  write('.content/index.json', '[]');
  write('public/sw.js', 'self;\n');
}

const env = { NODE_ENV: 'production' };
const stamp = (settings: Record<string, string> = env) => writeBuildStamp(root, settings);
const check = (settings: Record<string, string> = env) => checkBuildStamp(root, settings);

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'paralelo-stamp-'));
  builtProject();
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the build stamp', () => {
  it('finds the build up to date when nothing changed since it was stamped', () => {
    stamp();
    expect(check()).toEqual({
      upToDate: true,
      message: 'build: the last build is up to date with the sources; starting it',
    });
  });

  it.each([
    ['an article', 'content/an-article.md'],
    ['a translation', 'locales/es/an-article.json'],
    ['a source file', 'lib/site.ts'],
    ['a page', 'app/page.tsx'],
    ['the package', 'package.json'],
  ])('asks for a build when %s changed, naming it', (_, file) => {
    stamp();
    appendFileSync(path.join(root, file), '\n');
    expect(check()).toEqual({ upToDate: false, message: `build: ${file} changed since the last build; building` });
  });

  it('asks for a build when a file was added or removed', () => {
    stamp();
    write('content/another.md', '---\ntitle: Another\n---\n\nText.\n');
    expect(check().message).toContain('content/another.md changed');
    stamp();
    rmSync(path.join(root, 'content/another.md'));
    expect(check().upToDate).toBe(false);
  });

  it('names at most five changes, then how many more', () => {
    stamp();
    for (let i = 1; i <= 7; i++) write(`content/new-${i}.md`, `${i}`);
    expect(check().message).toBe(
      'build: content/new-1.md, content/new-2.md, content/new-3.md, content/new-4.md, content/new-5.md and 2 more changed since the last build; building',
    );
  });

  it('asks for a build when a setting the build reads changed', () => {
    stamp({ ...env, SITE_URL: 'https://paralelo.example' });
    expect(check({ ...env, SITE_URL: 'https://paralelo.example' }).upToDate).toBe(true);
    expect(check({ ...env, SITE_URL: 'https://other.example' }).message).toContain('$SITE_URL changed');
    expect(check({ ...env, SITE_URL: 'https://paralelo.example', PREBUILD_PARAGRAPH_PAGES: '1' }).upToDate).toBe(false);
  });

  it('asks for a build when there is no build, no built content, no service worker or no stamp', () => {
    expect(check()).toEqual({ upToDate: false, message: 'build: no build to start from; building' });
    stamp();
    rmSync(path.join(root, '.content'), { recursive: true });
    expect(check().upToDate).toBe(false);
    for (const file of ['.next/BUILD_ID', 'public/sw.js']) {
      builtProject();
      stamp();
      rmSync(path.join(root, file));
      expect(check(), file).toEqual({ upToDate: false, message: 'build: no build to start from; building' });
    }
  });

  it('counts the built service worker as part of the build, not as a source', () => {
    stamp();
    appendFileSync(path.join(root, 'public/sw.js'), '\n');
    expect(check().upToDate).toBe(true);
  });
});

describe('tsx scripts/build-stamp.ts', { timeout: 60_000 }, () => {
  it('writes, then checks, exiting 0 when up to date and 1 when not', () => {
    expect(runScript('build-stamp.ts', ['write'], root).status).toBe(0);
    expect(runScript('build-stamp.ts', ['check'], root)).toMatchObject({
      status: 0,
      stdout: 'build: the last build is up to date with the sources; starting it\n',
    });
    appendFileSync(path.join(root, 'lib/site.ts'), '\n');
    expect(runScript('build-stamp.ts', ['check'], root)).toMatchObject({ status: 1 });
  });

  it('exits 2 with its usage on an unknown command', () => {
    const { status, stderr } = runScript('build-stamp.ts', ['nope'], root);
    expect(stderr).toContain('usage: tsx scripts/build-stamp.ts write|check');
    expect(status).toBe(2);
  });
});
