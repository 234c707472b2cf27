import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '@/lib/i18n/config';

type Resource = { [key: string]: string | Resource };

function load(lng: string): Resource {
  return JSON.parse(readFileSync(path.join(process.cwd(), 'locales', lng, 'common.json'), 'utf8')) as Resource;
}

/** Every leaf of a resource as [dotted key, value]. */
function leaves(resource: Resource, prefix = ''): [string, unknown][] {
  return Object.entries(resource).flatMap(([key, value]): [string, unknown][] =>
    value !== null && typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*-?\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

const en = new Map(leaves(load('en')));
const es = new Map(leaves(load('es')));

describe('locales/*/common.json', () => {
  it('exists for every supported language', () => {
    expect([...languages].sort()).toEqual(['en', 'es']);
    expect(en.size).toBeGreaterThan(0);
    expect(es.size).toBeGreaterThan(0);
  });

  it('has identical key sets in English and Spanish', () => {
    const enKeys = [...en.keys()].sort();
    const esKeys = [...es.keys()].sort();
    expect(
      esKeys.filter((k) => !en.has(k)),
      'keys only in Spanish',
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !es.has(k)),
      'keys only in English',
    ).toEqual([]);
    expect(esKeys).toEqual(enKeys);
  });

  it('holds only strings', () => {
    for (const [lng, strings] of [
      ['en', en],
      ['es', es],
    ] as const) {
      for (const [key, value] of strings) expect(typeof value, `${lng}: ${key}`).toBe('string');
    }
  });

  it('has no empty strings', () => {
    for (const [lng, strings] of [
      ['en', en],
      ['es', es],
    ] as const) {
      for (const [key, value] of strings) expect(String(value).trim(), `${lng}: ${key}`).not.toBe('');
    }
  });

  it('uses the same {{placeholders}} for each key in both languages', () => {
    for (const [key, value] of en) {
      expect(placeholders(String(es.get(key) ?? '')), key).toEqual(placeholders(String(value)));
    }
  });

  it('uses the placeholders the pages fill in', () => {
    expect(placeholders(String(en.get('index.paragraphs')))).toEqual(['en', 'es']);
    expect(placeholders(String(en.get('reader.source')))).toEqual(['name']);
    expect(placeholders(String(en.get('reader.published')))).toEqual(['date']);
    expect(placeholders(String(en.get('switchLanguage.label')))).toEqual(['language']);
  });

  it('has a name and a code for each language in each language', () => {
    for (const strings of [en, es]) {
      for (const lng of languages) {
        expect(strings.has(`languageName.${lng}`), `languageName.${lng}`).toBe(true);
        expect(strings.has(`languageCode.${lng}`), `languageCode.${lng}`).toBe(true);
      }
    }
  });

  it('has a label for every reader view', async () => {
    const { views } = await import('@/lib/reader/reader-state');
    for (const view of views) {
      expect(en.has(`reader.view.${view}`), view).toBe(true);
      expect(es.has(`reader.view.${view}`), view).toBe(true);
    }
  });

  it('has unbalanced braces nowhere', () => {
    for (const [key, value] of [...en, ...es]) {
      const text = String(value);
      expect(text.split('{{').length, key).toBe(text.split('}}').length);
    }
  });
});
