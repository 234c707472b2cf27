import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError, ContentErrors } from '@/lib/content/content-error';
import { loadContent } from '@/lib/content/build/read-sources';

let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'paralelo-content-'));
  mkdirSync(path.join(root, 'content'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(file: string, data: string | Uint8Array) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), data);
}

/** The ContentErrors loadContent throws for `root`; fails the test otherwise. */
function loadErrors(): ContentError[] {
  try {
    loadContent(root);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentErrors);
    return (error as ContentErrors).errors;
  }
  throw new Error('expected ContentErrors, but loadContent succeeded');
}

const english = 'The minister traveled to Havana and signed a cooperation agreement with his counterpart.';
const spanish = 'El ministro viajó a La Habana y firmó un acuerdo de cooperación con su homólogo cubano.';
const goodArticle = (title = 'A good article') => `---\ntitle: ${title}\n---\n\n${english}\n\n${spanish}\n`;
const contentFile = (name: string) => path.join('content', name);
const localeFile = (lng: string, slug: string) => path.join('locales', lng, `${slug}.json`);

describe('loadContent: good content', () => {
  it('builds every article, in slug order', () => {
    write('content/zeta.md', goodArticle('Zeta'));
    write('content/alpha.md', goodArticle('Alpha'));
    write('content/notes.txt', 'not an article');
    const articles = loadContent(root);
    expect(articles.map((a) => a.slug)).toEqual(['alpha', 'zeta']);
    expect(articles[0]?.title.en).toBe('Alpha');
  });

  it('returns no articles for an empty content folder', () => {
    expect(loadContent(root)).toEqual([]);
  });

  it('treats a missing locales folder as missing translations, not an error', () => {
    write('content/good.md', goodArticle());
    const [article] = loadContent(root);
    expect(article?.blocks).toHaveLength(2);
    expect(article?.blocks.map((b) => Object.keys(b.versions))).toEqual([['en'], ['es']]);
    expect(article?.title).toEqual({ en: 'A good article' });
  });

  it('treats a missing locales file for one language as missing translations', () => {
    write('content/good.md', goodArticle());
    write('locales/en/good.json', JSON.stringify({ blocks: { 'el-ministro-viajo-a-la-habana': 'The minister traveled.' } }));
    const [article] = loadContent(root);
    expect(article?.blocks[0]?.versions.es).toBeUndefined();
    expect(article?.blocks[1]?.versions.en).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', value: 'The minister traveled.', sentence: 0 }],
    });
  });

  it('joins translations from both languages', () => {
    write('content/good.md', goodArticle());
    write('locales/es/good.json', JSON.stringify({ title: 'Un buen artículo', blocks: { 'the-minister-traveled-to-havana-and': 'El ministro.' } }));
    const [article] = loadContent(root);
    expect(article?.title).toEqual({ en: 'A good article', es: 'Un buen artículo' });
    expect(article?.blocks[0]?.versions.es).toBeDefined();
  });

  it('reads UTF-8 with a BOM and CRLF line ends', () => {
    write('content/crlf.md', `\uFEFF${goodArticle().replaceAll('\n', '\r\n')}`);
    write('locales/es/crlf.json', `\uFEFF${JSON.stringify({ title: 'Título' }, null, 2).replaceAll('\n', '\r\n')}`);
    const [article] = loadContent(root);
    expect(article?.title).toEqual({ en: 'A good article', es: 'Título' });
    expect(article?.blocks[1]?.lang).toBe('es');
  });
});

describe('loadContent: broken content', () => {
  it('reports several broken files at once', () => {
    write('content/a-empty.md', '');
    write('content/b-good.md', goodArticle());
    write('content/c-no-front-matter.md', 'Just text.\n');
    write('content/d-bad-date.md', '---\ntitle: x\npublished: yesterday\n---\n\nText.\n');
    write('locales/es/b-good.json', '{\n  "title": 3\n}');
    write('locales/en/b-good.json', '{ "title": "x", }');

    const errors = loadErrors();
    expect(errors.every((e) => e instanceof ContentError)).toBe(true);
    expect(errors.map((e) => [e.file, e.line])).toEqual(
      expect.arrayContaining([
        [contentFile('a-empty.md'), 1],
        [contentFile('c-no-front-matter.md'), 1],
        [contentFile('d-bad-date.md'), 3],
        [localeFile('es', 'b-good'), 2],
        [localeFile('en', 'b-good'), 1],
      ]),
    );
    expect(errors).toHaveLength(5);
  });

  it('lists every problem as file:line: message in the thrown message', () => {
    write('content/a.md', '');
    write('content/b.md', 'No front matter.\n');
    try {
      loadContent(root);
      expect.unreachable('loadContent should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentErrors);
      const lines = (error as Error).message.split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(new RegExp(`^${contentFile('a.md')}:1: file is empty`));
      expect(lines[1]).toMatch(new RegExp(`^${contentFile('b.md')}:1: front matter is missing`));
    }
  });

  it('reports non-UTF-8 bytes with the file and line', () => {
    const before = Buffer.from(`---\ntitle: Latin-1\n---\n\nFirst paragraph.\n\nLa visita del jefe del Estado Mayor fue `, 'utf8');
    const latin1 = Buffer.from([0x61, 0x71, 0x75, 0xed, 0x2e, 0x0a]); // "aquí.\n" in Latin-1
    write('content/latin1.md', Buffer.concat([before, latin1]));
    const [error] = loadErrors();
    expect(error).toMatchObject({ file: contentFile('latin1.md'), line: 7 });
    expect(error?.message).toMatch(/not valid UTF-8/);
  });

  it('reports non-UTF-8 bytes in a locales file', () => {
    write('content/good.md', goodArticle());
    write('locales/es/good.json', Buffer.concat([Buffer.from('{\n  "title": "T'), Buffer.from([0xed]), Buffer.from('tulo"\n}')]));
    const [error] = loadErrors();
    expect(error).toMatchObject({ file: localeFile('es', 'good'), line: 2 });
    expect(error?.message).toMatch(/not valid UTF-8/);
  });

  it.each([
    ['uppercase', 'Bad-Name.md'],
    ['an underscore', 'bad_name.md'],
    ['a space', 'bad name.md'],
    ['an accent', 'artículo.md'],
  ])('rejects a file name with %s', (_, name) => {
    write(`content/${name}`, goodArticle());
    const [error] = loadErrors();
    expect(error?.file).toBe(contentFile(name));
    expect(error?.line).toBeUndefined();
    expect(error?.message).toMatch(/file name must be a slug/);
  });

  it('still reports other files alongside a bad file name', () => {
    write('content/Bad.md', goodArticle());
    write('content/good.md', goodArticle());
    write('content/worse.md', '---\ntitle: x\n');
    const errors = loadErrors();
    expect(errors.map((e) => e.file).sort()).toEqual([contentFile('Bad.md'), contentFile('worse.md')].sort());
  });

  it('reports a duplicate pinned ID in a content file', () => {
    write('content/dup.md', `---\ntitle: x\n---\n\n${english} {#a}\n\n${spanish} {#a}\n`);
    const [error] = loadErrors();
    expect(error).toMatchObject({ file: contentFile('dup.md'), line: 7 });
    expect(error?.message).toMatch(/duplicate block ID "a" \(also on line 5\)/);
  });
});
