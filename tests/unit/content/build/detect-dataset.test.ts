import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** bench/detect/dataset.jsonl, the labelled set of `npm run bench:detect`: well-formed, no duplicates. */
const file = path.join(process.cwd(), 'bench/detect/dataset.jsonl');
const lines = readFileSync(file, 'utf8').split('\n');
const buckets = ['word', 'two-words', 'short', 'sentence', 'paragraph'];

interface Item {
  lang: string;
  bucket: string;
  text: string;
  source: string;
  split: string;
  accents?: boolean;
}

const items: Item[] = lines.filter((line) => line !== '').map((line) => JSON.parse(line) as Item);
const words = (text: string) => text.split(' ');

describe('bench/detect/dataset.jsonl', () => {
  it('is one JSON object a line, ending with a newline, under 3 MB', () => {
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).every((line) => line.startsWith('{') && line.endsWith('}'))).toBe(true);
    expect(Buffer.byteLength(lines.join('\n'))).toBeLessThanOrEqual(3 * 1024 * 1024);
  });

  it('labels every item en or es, in a known bucket and split, with text and a source', () => {
    // One assertion over all 17,600 items: an expect per field per item takes seconds.
    const keys = ['lang', 'bucket', 'text', 'source', 'split', 'accents'];
    const bad = items.filter(
      (item) =>
        !['en', 'es'].includes(item.lang) ||
        !(buckets as readonly string[]).includes(item.bucket) ||
        !['dev', 'test'].includes(item.split) ||
        item.text !== item.text.trim() ||
        item.text.length === 0 ||
        item.source.length === 0 ||
        !Object.keys(item).every((key) => keys.includes(key)),
    );
    expect(bad).toEqual([]);
  });

  it('has both languages in every bucket, in both splits', () => {
    for (const lang of ['en', 'es']) {
      for (const bucket of buckets) {
        for (const split of ['dev', 'test']) {
          const count = items.filter((i) => i.lang === lang && i.bucket === bucket && i.split === split).length;
          expect(count, `${lang} ${bucket} ${split}`).toBeGreaterThan(100);
        }
      }
    }
  });

  it('splits by a hash of the text', () => {
    for (const item of items) {
      const odd = createHash('sha256').update(item.text).digest()[0]! & 1;
      expect(item.split, item.text).toBe(odd ? 'test' : 'dev');
    }
  });

  it('holds one word (letters only) in the word bucket, two in two-words', () => {
    for (const item of items.filter((i) => i.bucket === 'word')) expect(item.text).toMatch(/^\p{L}{2,}$/u);
    for (const item of items.filter((i) => i.bucket === 'two-words')) expect(words(item.text), item.text).toHaveLength(2);
  });

  it('keeps short items to 30 characters and two words or more', () => {
    for (const item of items.filter((i) => i.bucket === 'short')) {
      expect(item.text.length, item.text).toBeLessThanOrEqual(30);
      expect(words(item.text).length, item.text).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps sentences to 5–60 words, and paragraphs to more than one sentence', () => {
    for (const item of items.filter((i) => i.bucket === 'sentence')) {
      const count = words(item.text).filter((w) => /\p{L}/u.test(w)).length;
      expect(count, item.text).toBeGreaterThanOrEqual(5);
      expect(count, item.text).toBeLessThanOrEqual(60);
    }
    for (const item of items.filter((i) => i.bucket === 'paragraph')) expect(item.text, item.text).toMatch(/[.!?…]["”»)’']? \S/);
  });

  it('marks accent-stripped items only in Spanish, and they have no accents or ñ left', () => {
    const stripped = items.filter((i) => i.accents !== undefined);
    expect(stripped.length).toBeGreaterThan(0);
    for (const item of stripped) {
      expect(item.accents).toBe(false);
      expect(item.lang).toBe('es');
      expect(item.text).toBe(item.text.normalize('NFD').replace(/\p{M}/gu, ''));
    }
  });

  it('has no duplicates (case-insensitive) within a bucket', () => {
    const seen = new Set<string>();
    for (const item of items) {
      const key = `${item.bucket}\n${item.text.toLowerCase()}`;
      expect(seen.has(key), item.text).toBe(false);
      seen.add(key);
    }
  });
});
