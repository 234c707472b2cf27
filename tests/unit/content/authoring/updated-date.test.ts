import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildContentReport } from '@/lib/content/authoring/check';
import { syncTranslations } from '@/lib/content/authoring/sync';
import { loadContent } from '@/lib/content/build/read-sources';
import { ContentErrors } from '@/lib/content/content-error';
import { updatedDateBehind } from '@/tests/unit/support';

let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'paralelo-updated-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(file: string, data: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), data);
}

const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const record = path.join('content', 'a.updated.json');

const english = 'The minister traveled to Havana and signed a cooperation agreement with his counterpart.';
const spanish = 'El ministro viajó a La Habana y firmó un acuerdo de cooperación con su homólogo cubano.';
const idEn = 'the-minister-traveled-to-havana-and';
const idEs = 'el-ministro-viajo-a-la-habana';
const title = "The minister's visit to Havana";
const article = ({ first = english, frontMatter = 'published: 2026-01-31\n' } = {}) =>
  `---\ntitle: ${title}\n${frontMatter}---\n\n${first}\n\n${spanish}\n`;
const translations = {
  es: { title: 'La visita del ministro a La Habana', blocks: { [idEn]: 'El ministro viajó a La Habana y firmó un acuerdo de cooperación con su homólogo.' } },
  en: { blocks: { [idEs]: 'The minister traveled to Havana and signed a cooperation agreement with his Cuban counterpart.' } },
};

function writeArticle() {
  write('content/a.md', article());
  write('locales/es/a.json', json(translations.es));
  write('locales/en/a.json', json(translations.en));
}

const at = (time: string) => ({ now: new Date(time) });
const recorded = () => JSON.parse(read(record)) as { fingerprint: string; updated: string };
const builtUpdated = () => loadContent(root)[0]?.updated;

describe("an article's updated date (content/<slug>.updated.json)", () => {
  it('is first the publication date, recorded by content:sync with a fingerprint, and the build gives it', () => {
    writeArticle();
    const result = syncTranslations(root, at('2026-02-03T10:00:00Z'));
    expect(result.updatedRecorded).toEqual([{ file: record, keys: ['2026-01-31T00:00:00Z'] }]);
    expect(recorded()).toEqual({ fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/), updated: '2026-01-31T00:00:00Z' });
    expect(builtUpdated()).toBe('2026-01-31T00:00:00Z');
    expect(buildContentReport(root).warnings).toEqual([]);
  });

  it('is the time of the first sync where the front matter has no publication date', () => {
    writeArticle();
    write('content/a.md', article({ frontMatter: '' }));
    syncTranslations(root, at('2026-02-03T10:00:00.999Z'));
    expect(recorded().updated).toBe('2026-02-03T10:00:00Z');
    expect(builtUpdated()).toBe('2026-02-03T10:00:00Z');
  });

  it.each([
    ['an original paragraph', () => write('content/a.md', article({ first: english.replace('counterpart', 'Cuban counterpart') }))],
    ['a translation', () => write('locales/en/a.json', json({ blocks: { [idEs]: 'The minister flew to Havana.' } }))],
    ["the title's translation", () => write('locales/es/a.json', json({ ...translations.es, title: 'El ministro en La Habana' }))],
    ['the title', () => write('content/a.md', article().replace(title, 'The minister in Havana'))],
    ['a new paragraph', () => write('content/a.md', `${article()}\nA closing paragraph was added to the article later on.\n`)],
    ['the order of the paragraphs', () => write('content/a.md', `---\ntitle: ${title}\npublished: 2026-01-31\n---\n\n${spanish}\n\n${english}\n`)],
  ])('moves to the time of the sync that first sees a change of %s, and content:check warns until then', (_, change) => {
    writeArticle();
    syncTranslations(root, at('2026-02-03T10:00:00Z'));
    const before = recorded();
    change();
    expect(buildContentReport(root).warnings).toContainEqual(updatedDateBehind('a'));
    expect(builtUpdated()).toBe('2026-01-31T00:00:00Z');

    expect(syncTranslations(root, at('2026-02-04T08:30:00Z')).updatedRecorded).toEqual([{ file: record, keys: ['2026-02-04T08:30:00Z'] }]);
    expect(recorded()).toEqual({ fingerprint: expect.not.stringMatching(before.fingerprint), updated: '2026-02-04T08:30:00Z' });
    expect(builtUpdated()).toBe('2026-02-04T08:30:00Z');
    expect(buildContentReport(root).warnings).not.toContainEqual(updatedDateBehind('a'));

    expect(syncTranslations(root, at('2026-02-05T08:30:00Z')).updatedRecorded).toEqual([]);
    expect(recorded().updated).toBe('2026-02-04T08:30:00Z');
  });

  it.each([
    ['an ID pinned, the old one kept as an alias', () => write('content/a.md', article({ first: `${english} {#visit alias=${idEn}}` }))],
    ['the source named in the front matter', () => write('content/a.md', article({ frontMatter: 'published: 2026-01-31\nsource:\n  name: A paper\n' }))],
    ['the JSON of a translation file laid out anew', () => write('locales/es/a.json', JSON.stringify(translations.es))],
  ])('stays where readers read nothing new: %s', (_, change) => {
    writeArticle();
    syncTranslations(root, at('2026-02-03T10:00:00Z'));
    change();
    expect(syncTranslations(root, at('2026-02-04T08:30:00Z')).updatedRecorded).toEqual([]);
    expect(recorded().updated).toBe('2026-01-31T00:00:00Z');
    expect(buildContentReport(root).warnings).toEqual([]);
  });

  it('is warned about while never recorded, and an empty translation counts as none', () => {
    write('content/a.md', article());
    expect(buildContentReport(root).warnings).toContainEqual({
      file: path.join('content', 'a.md'),
      message: `its updated date is not recorded yet (${record}); run npm run content:sync to record it for the feeds`,
    });
    // The first sync adds empty keys to translate: no text a reader reads, so no change.
    syncTranslations(root, at('2026-02-03T10:00:00Z'));
    expect(syncTranslations(root, at('2026-02-04T10:00:00Z')).updatedRecorded).toEqual([]);
  });

  it('stops the build with the file named when the record is not valid', () => {
    writeArticle();
    write(record, json({ fingerprint: 'x', updated: 'yesterday' }));
    expect(() => loadContent(root)).toThrow(ContentErrors);
    expect(() => loadContent(root)).toThrow(
      `${record}: must be {"fingerprint": "…", "updated": "YYYY-MM-DDThh:mm:ssZ"}: run npm run content:sync`,
    );
    write(record, '{"fingerprint": ');
    expect(() => loadContent(root)).toThrow(`${record}: invalid JSON`);
  });
});
