import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from '@/tests/unit/support';

// Every interface string is looked up by its dotted key, as a string literal ('reader.flip') or a
// template literal with the varying part in ${…} (`reader.view.${view}`). A key no source file
// names is a string no reader ever sees. (Keys missing in one language: common-resources.test.ts.)

type Resource = { [key: string]: string | Resource };

function leafKeys(resource: Resource, prefix = ''): string[] {
  return Object.entries(resource).flatMap(([key, value]) =>
    typeof value === 'object' ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(repo, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => path.join(repo, folder, name));
}

const keys = leafKeys(JSON.parse(readFileSync(path.join(repo, 'locales/en/common.json'), 'utf8')) as Resource);
const code = [...sourceFiles('app'), ...sourceFiles('components'), ...sourceFiles('lib'), path.join(repo, 'proxy.ts')]
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

/** Every key-like literal in the code: plain keys, and templates as patterns (`${…}` matching one key segment). */
const literals = [...code.matchAll(/(['"`])([a-zA-Z][\w-]*(?:\.(?:[\w-]+|\$\{[^}]+\}))*)\1/g)].map((m) => m[2]!);
const patterns = literals.map(
  (literal) =>
    new RegExp(
      `^${literal
        .split(/\$\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[\\w-]+')}$`,
    ),
);

describe('locales/*/common.json keys', () => {
  it('finds the keys the pages look up (the check itself works)', () => {
    const used = (key: string) => patterns.some((pattern) => pattern.test(key));
    expect(used('reader.flip')).toBe(true);
    expect(used('reader.view.side-by-side')).toBe(true);
    expect(used('languageName.es')).toBe(true);
    expect(used('reader.noSuchString')).toBe(false);
  });

  it('are each used somewhere in app/, components/, lib/ or proxy.ts', () => {
    const unused = keys.filter((key) => !patterns.some((pattern) => pattern.test(key)));
    expect(unused, 'keys of common.json that no source file looks up').toEqual([]);
  });
});
