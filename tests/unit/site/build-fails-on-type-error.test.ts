import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeScratchProject, type ScratchProject } from '@/scripts/support/scratch-project';

// `npm run build` in a copy of the project whose code holds one type error: the build must stop
// and name the error, rather than ship code that was never type-checked.

let copy: ScratchProject;

beforeAll(() => {
  copy = makeScratchProject('.scratch', 'type-error', {
    entries: ['app', 'components', 'lib', 'content', 'locales', 'scripts', 'proxy.ts', 'tsconfig.json', 'package.json'],
    config: { base: true },
  });
  appendFileSync(path.join(copy.dir, 'lib', 'site.ts'), "\nexport const notANumber: number = 'forty-two';\n");
});

afterAll(() => copy?.remove());

describe('npm run build', () => {
  it('fails on a type error in the app, naming the file, and leaves no build to start', { timeout: 240_000 }, () => {
    const result = spawnSync('npm', ['run', 'build'], {
      cwd: copy.dir,
      encoding: 'utf8',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    const output = result.stdout + result.stderr;
    expect(result.status, output).not.toBe(0);
    expect(output).toMatch(/lib\/site\.ts.*Type 'string' is not assignable to type 'number'/);
    expect(existsSync(path.join(copy.dir, '.next', 'paralelo-build-stamp.json')), 'build stamp written').toBe(false);
  });
});
