import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '@/lib/content/authoring/atomic-write';
import { ContentError } from '@/lib/content/content-error';
import { loadContent } from '@/lib/content/build/read-sources';
import { buildContentReport } from '@/lib/content/authoring/check';
import { syncTranslations, type SyncOptions } from '@/lib/content/authoring/sync';
import { formatSyncResult } from '@/lib/content/authoring/sync-format';
import { runScript } from '@/tests/unit/support';

/** When set, renameSync fails as a full disk or a killed process would leave it. */
const renameFailure = vi.hoisted(() => ({ on: false }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const renameSync: typeof actual.renameSync = (from, to) => {
    if (renameFailure.on) throw Object.assign(new Error('EIO: i/o error, rename (simulated)'), { code: 'EIO' });
    return actual.renameSync(from, to);
  };
  return { ...actual, renameSync, default: { ...actual, renameSync } };
});


let root: string;

beforeEach(() => {
  renameFailure.on = false;
  root = mkdtempSync(path.join(os.tmpdir(), 'paralelo-sync-'));
  mkdirSync(path.join(root, 'content'));
  mkdirSync(path.join(root, 'locales', 'en'), { recursive: true });
  mkdirSync(path.join(root, 'locales', 'es'), { recursive: true });
});

afterEach(() => {
  renameFailure.on = false;
  rmSync(root, { recursive: true, force: true });
});

function write(file: string, data: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), data);
}

const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const readJson = (file: string) => JSON.parse(read(file)) as { title?: string; blocks?: Record<string, string> };
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every file under `root`, relative, sorted. */
function listFiles(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : [path.relative(root, full)];
    })
    .sort();
}

/** Every file's bytes and modification time, to tell whether anything was written. */
function snapshot(): Record<string, { text: string; mtimeMs: number }> {
  return Object.fromEntries(listFiles().map((file) => [file, { text: read(file), mtimeMs: statSync(path.join(root, file)).mtimeMs }]));
}

/** Moves every file's modification time a minute back, so a rewrite would show. */
function ageFiles() {
  const past = new Date(Date.now() - 60_000);
  for (const file of listFiles()) utimesSync(path.join(root, file), past, past);
}

const english1 = 'The minister traveled to Havana and signed a cooperation agreement with his counterpart.';
const english2 = 'The agreement included a plan of activities and the supply of missile launchers to the island.';
const english3 = 'The visit also included meetings with officers of the armed forces and several defense officials.';
const spanish1 = 'El ministro viajó a La Habana y firmó un acuerdo de cooperación con su homólogo cubano.';
const spanish2 = 'La visita incluyó reuniones con oficiales de las fuerzas armadas y varios funcionarios de defensa.';
const id1 = 'the-minister-traveled-to-havana-and';
const id2 = 'the-agreement-included-a-plan-of';
const id3 = 'the-visit-also-included-meetings-with';
const idEs1 = 'el-ministro-viajo-a-la-habana';
const idEs2 = 'la-visita-incluyo-reuniones-con-oficiales';
const title = "The minister's visit to Havana";

/** An English article with a Spanish paragraph between its English ones. */
const article = (first = english1, heading = 'Cooperation with the island and its armed forces') =>
  `---\ntitle: ${title}\n---\n\n${first}\n\n## ${heading}\n\n${spanish1}\n\n${english2}\n`;
const idHeading = 'cooperation-with-the-island-and-its';

const esA = path.join('locales', 'es', 'a.json');
const enA = path.join('locales', 'en', 'a.json');
const esSources = path.join('locales', 'es', 'a.sources.json');
const enSources = path.join('locales', 'en', 'a.sources.json');
const esOrphans = path.join('locales', 'es', 'a.orphans.json');

const translated = {
  es: { title: 'La visita del ministro a La Habana', blocks: { [id1]: 'El ministro viajó a La Habana y firmó un acuerdo de cooperación con su homólogo.', [idHeading]: 'Cooperación con la isla y sus fuerzas armadas', [id2]: 'El acuerdo incluía un plan de actividades y el suministro de lanzamisiles a la isla.' } },
  en: { blocks: { [idEs1]: 'The minister traveled to Havana and signed a cooperation agreement with his Cuban counterpart.' } },
};

function writeTranslations() {
  write(esA, json(translated.es));
  write(enA, json(translated.en));
}

/** The translation state content:check reports for the title and each block, by ID. */
const statuses = (slug = 'a'): Record<string, string | undefined> => {
  const report = buildContentReport(root);
  const found = report.articles.find((a) => a.slug === slug);
  return { title: found?.title.translation, ...Object.fromEntries(found?.blocks.map((b) => [b.id, b.translation]) ?? []) };
};

describe('syncTranslations: missing keys', () => {
  it('adds every missing key with "" in document order, the title first, creating the resource files', () => {
    write('content/a.md', article());
    const result = syncTranslations(root);

    expect(result.errors).toEqual([]);
    expect(result.added).toEqual([
      { file: enA, keys: [idEs1] },
      { file: esA, keys: ['title', id1, idHeading, id2] },
    ]);
    expect(read(esA)).toBe(json({ title: '', blocks: { [id1]: '', [idHeading]: '', [id2]: '' } }));
    expect(Object.keys(readJson(esA).blocks ?? {})).toEqual([id1, idHeading, id2]);
    // The article is in English: its title needs no English translation.
    expect(read(enA)).toBe(json({ blocks: { [idEs1]: '' } }));
    // Nothing translated, nothing to record.
    expect(existsSync(path.join(root, esSources))).toBe(false);
    expect(existsSync(path.join(root, enSources))).toBe(false);
  });

  it('puts the title key in locales/en for an article published in Spanish', () => {
    write('content/b.md', `---\ntitle: La visita del ministro\nlang: es\n---\n\n${spanish1}\n\n${english1}\n\n${spanish2}\n`);
    syncTranslations(root);
    expect(read(path.join('locales', 'en', 'b.json'))).toBe(json({ title: '', blocks: { [idEs1]: '', [idEs2]: '' } }));
    expect(read(path.join('locales', 'es', 'b.json'))).toBe(json({ blocks: { [id1]: '' } }));
  });

  it('adds keys of quotes and lists too, in document order, around existing translations', () => {
    write('content/a.md', `---\ntitle: ${title}\n---\n\n${english1}\n\n> ${english2}\n\n- ${english3}\n- And a second item of the list.\n\n${spanish1}\n`);
    write(esA, json({ blocks: { [id3]: 'La visita incluyó reuniones.' } }));
    const result = syncTranslations(root);
    expect(result.added).toContainEqual({ file: esA, keys: ['title', id1, id2] });
    expect(Object.keys(readJson(esA).blocks ?? {})).toEqual([id1, id2, id3]);
    expect(readJson(esA).blocks?.[id3]).toBe('La visita incluyó reuniones.');
  });

  it('adds only the keys that are missing', () => {
    write('content/a.md', article());
    write(esA, json({ blocks: { [idHeading]: 'Cooperación con la isla y sus fuerzas armadas' } }));
    const result = syncTranslations(root);
    expect(result.added).toContainEqual({ file: esA, keys: ['title', id1, id2] });
    expect(readJson(esA)).toEqual({ title: '', blocks: { [id1]: '', [idHeading]: 'Cooperación con la isla y sus fuerzas armadas', [id2]: '' } });
  });

  it('leaves the added keys as missing translations: no translation is shown for them', () => {
    write('content/a.md', article());
    syncTranslations(root);
    const [built] = loadContent(root);
    expect(built?.title).toEqual({ en: title });
    expect(built?.blocks.map((b) => Object.keys(b.versions))).toEqual([['en'], ['en'], ['es'], ['en']]);
    expect(statuses()).toEqual({ title: 'missing', [id1]: 'missing', [idHeading]: 'missing', [idEs1]: 'missing', [id2]: 'missing' });
  });

  it('says what it added', () => {
    write('content/a.md', article());
    expect(formatSyncResult(syncTranslations(root, { now: new Date('2026-02-03T10:20:30.456Z') }))).toBe(
      [
        `recorded published IDs in ${path.join('content', 'a.ids.json')}: ${id1}, ${idHeading}, ${idEs1}, ${id2}`,
        `recorded updated date in ${path.join('content', 'a.updated.json')}: 2026-02-03T10:20:30Z`,
        `added (to translate) ${enA}: ${idEs1}`,
        `added (to translate) ${esA}: title, ${id1}, ${idHeading}, ${id2}`,
      ].join('\n'),
    );
  });

  it('syncs only the articles asked for', () => {
    write('content/a.md', article());
    write('content/b.md', article());
    syncTranslations(root, { slugs: ['b'] });
    expect(existsSync(path.join(root, esA))).toBe(false);
    expect(existsSync(path.join(root, 'locales', 'es', 'b.json'))).toBe(true);
  });
});

describe('syncTranslations never changes or drops a translation', () => {
  /** Translations of every kind: current, empty, an alias, orphans of both sorts and an orphan title. */
  const existing = {
    es: {
      title: 'La visita del ministro',
      blocks: {
        'no-such-block': 'Un bloque que ya no existe',
        [id2]: 'El acuerdo incluía un plan de actividades y el suministro de lanzamisiles a la isla.',
        [idEs1]: 'Una traducción al español de un párrafo en español',
        'old-heading-id': 'Cooperación con la isla y sus fuerzas armadas',
        [id1]: '',
      },
    },
    en: { title: 'An orphan English title', blocks: { [idEs1]: 'The minister traveled to Havana and signed a cooperation agreement with his Cuban counterpart.', ghost: 'Ghost' } },
  };
  const orphanKeys = { es: ['no-such-block', idEs1], en: ['ghost'] };

  const cases: [string, SyncOptions][] = [
    ['no options', {}],
    ['prune', { prune: true }],
    ['confirm', { confirm: [`a:${id2}`, `a:${idHeading}`, 'a:title'] }],
    ['prune and confirm', { prune: true, confirm: [`a:${id2}`, 'a:title', 'a:nothing-like-this'] }],
    ['another article only', { slugs: ['b'], prune: true }],
  ];

  it.each(cases)('keeps every pre-existing key and value with %s', (_, options) => {
    write('content/a.md', article(english1, `Cooperation with the island {#coop alias=old-heading-id}`));
    write('content/b.md', article());
    write(esA, json(existing.es));
    write(enA, json(existing.en));
    syncTranslations(root);
    // Edit every original, so confirming has something to update.
    write('content/a.md', article(english1.replace('counterpart', 'Cuban counterpart'), `Cooperation with the island {#coop alias=old-heading-id}`).replace(title, `${title}, again`));

    syncTranslations(root, options);

    for (const lng of ['es', 'en'] as const) {
      const file = path.join('locales', lng, 'a.json');
      const now = readJson(file);
      const backup = path.join('locales', lng, 'a.orphans.json');
      const saved = existsSync(path.join(root, backup)) ? readJson(backup) : {};
      const backedUp = saved.blocks ?? {};
      // An orphan title (a title in the article's own language) is moved out like any orphan.
      const titlePruned = options.prune && !options.slugs && lng === 'en';
      expect(titlePruned ? saved.title : now.title).toBe(existing[lng].title);
      for (const [key, value] of Object.entries(existing[lng].blocks)) {
        const pruned = options.prune && !options.slugs && orphanKeys[lng].includes(key);
        if (pruned) {
          expect(now.blocks).not.toHaveProperty(key);
          expect(backedUp[key]).toBe(value);
        } else {
          expect(now.blocks?.[key]).toBe(value);
        }
      }
    }
  });

  it('keeps orphans in place, and says so, when not pruning', () => {
    write('content/a.md', article());
    write(esA, json(existing.es));
    const result = syncTranslations(root);
    expect(result.orphans).toEqual([{ file: esA, keys: ['no-such-block', idEs1, 'old-heading-id'] }]);
    expect(result.pruned).toEqual([]);
    expect(existsSync(path.join(root, esOrphans))).toBe(false);
    expect(formatSyncResult(result)).toContain(`orphans (kept; --prune moves them out) ${esA}: no-such-block, ${idEs1}, old-heading-id`);
  });
});

describe('syncTranslations: source hashes', () => {
  it('records the source of every translation that has none, and not of empty ones', () => {
    write('content/a.md', article());
    write(esA, json({ ...translated.es, blocks: { ...translated.es.blocks, [idHeading]: '' } }));
    write(enA, json(translated.en));
    expect(statuses()).toMatchObject({ title: 'unrecorded', [id1]: 'unrecorded', [idEs1]: 'unrecorded' });

    const result = syncTranslations(root);
    expect(result.recorded).toEqual([
      { file: enSources, keys: [idEs1] },
      { file: esSources, keys: ['title', id1, id2] },
    ]);
    const hashes = readJson(esSources);
    expect(hashes.title).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.keys(hashes.blocks ?? {})).toEqual([id1, id2]);
    for (const hash of Object.values(hashes.blocks ?? {})) expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(statuses()).toEqual({ title: 'ok', [id1]: 'ok', [idHeading]: 'missing', [idEs1]: 'ok', [id2]: 'ok' });
    expect(formatSyncResult(result)).toContain(`recorded source of ${esSources}: title, ${id1}, ${id2}`);
  });

  it('records the source of a translation filled in later', () => {
    write('content/a.md', article());
    syncTranslations(root);
    write(esA, read(esA).replace(`"${id2}": ""`, `"${id2}": "El acuerdo incluía un plan de actividades y el suministro de lanzamisiles a la isla."`));
    const result = syncTranslations(root);
    expect(result.recorded).toEqual([{ file: esSources, keys: [id2] }]);
    expect(statuses()[id2]).toBe('ok');
  });

  it('does not update a recorded source when the original changes', () => {
    write('content/a.md', article());
    writeTranslations();
    syncTranslations(root);
    const before = read(esSources);
    write('content/a.md', article(english1.replace('counterpart', 'Cuban counterpart')));

    const result = syncTranslations(root, { now: new Date('2026-02-03T10:20:30Z') });
    expect(result.confirmed).toEqual([]);
    expect(result.recorded).toEqual([]);
    expect(read(esSources)).toBe(before);
    expect(statuses()[id1]).toBe('stale');
    // Not "nothing to do": what is stale, and the command for once it is updated.
    expect(result.stale).toEqual([{ file: esA, keys: [`a:${id1}`] }]);
    expect(formatSyncResult(result)).toBe(
      [
        `recorded updated date in ${path.join('content', 'a.updated.json')}: 2026-02-03T10:20:30Z`,
        `stale (the original changed; npm run content:check shows how) ${esA}: a:${id1}`,
        `  once updated: npm run content:sync -- --confirm a:${id1}`,
      ].join('\n'),
    );
  });

  it('updates the recorded source of a block an editor confirms, and only that one', () => {
    write('content/a.md', article());
    writeTranslations();
    syncTranslations(root);
    const before = readJson(esSources);
    write('content/a.md', article(english1.replace('counterpart', 'Cuban counterpart'), 'Cooperation with the island and its army'));
    expect(statuses()).toMatchObject({ [id1]: 'stale', [idHeading]: 'stale' });

    const result = syncTranslations(root, { confirm: [`a:${id1}`], now: new Date('2026-02-03T10:20:30Z') });
    expect(result.errors).toEqual([]);
    expect(result.confirmed).toEqual([{ file: esSources, keys: [id1] }]);
    const after = readJson(esSources);
    expect(after.blocks?.[id1]).not.toBe(before.blocks?.[id1]);
    expect(after.blocks?.[idHeading]).toBe(before.blocks?.[idHeading]);
    expect(after.title).toBe(before.title);
    expect(statuses()).toMatchObject({ [id1]: 'ok', [idHeading]: 'stale', [id2]: 'ok' });
    expect(formatSyncResult(result).split('\n')).toEqual([
      `recorded updated date in ${path.join('content', 'a.updated.json')}: 2026-02-03T10:20:30Z`,
      `confirmed ${esSources}: ${id1}`,
      `stale (the original changed; npm run content:check shows how) ${esA}: a:${idHeading}`,
      `  once updated: npm run content:sync -- --confirm a:${idHeading}`,
    ]);
    // The translation itself is the editor's: confirming does not touch it.
    expect(readJson(esA)).toEqual(translated.es);
  });

  it('updates the title’s recorded source on --confirm slug:title', () => {
    write('content/a.md', article());
    writeTranslations();
    syncTranslations(root);
    write('content/a.md', article().replace(title, 'The minister’s long visit to Havana'));
    expect(statuses().title).toBe('stale');
    const result = syncTranslations(root, { confirm: ['a:title'] });
    expect(result.confirmed).toEqual([{ file: esSources, keys: ['title'] }]);
    expect(statuses().title).toBe('ok');
  });

  it('confirms a block by its ID when its translation is kept under a former ID', () => {
    write('content/a.md', article());
    writeTranslations();
    syncTranslations(root);
    write('content/a.md', article(`${english1.replace('counterpart', 'Cuban counterpart')} {#visit alias=${id1}}`));
    expect(statuses().visit).toBe('stale');
    const result = syncTranslations(root, { confirm: ['a:visit'] });
    expect(result.confirmed).toEqual([{ file: esSources, keys: [id1] }]);
    expect(statuses().visit).toBe('ok');
    expect(readJson(esA).blocks).not.toHaveProperty('visit');
  });

  it('reports an unknown --confirm target as an error, and still syncs the rest', () => {
    write('content/a.md', article());
    writeTranslations();
    const result = syncTranslations(root, { confirm: ['a:no-such-block', 'nope:title', 'a'] });
    expect(result.errors.map(String)).toEqual([
      '--confirm: "a:no-such-block" names no article block: write <slug>:<block-id> or <slug>:title',
      '--confirm: "nope:title" names no article block: write <slug>:<block-id> or <slug>:title',
      '--confirm: "a" names no article block: write <slug>:<block-id> or <slug>:title',
    ]);
    expect(result.errors.every((e) => e instanceof ContentError)).toBe(true);
    expect(result.recorded).toContainEqual({ file: esSources, keys: ['title', id1, idHeading, id2] });
    expect(formatSyncResult(result)).toContain('error --confirm: "a:no-such-block" names no article block');
  });
});

describe('syncTranslations: prune', () => {
  beforeEach(() => {
    write('content/a.md', article());
    writeTranslations();
    syncTranslations(root);
  });

  const withOrphans = () => ({
    ...translated.es,
    blocks: { ...translated.es.blocks, 'no-such-block': 'Un bloque que ya no existe', [idEs1]: 'Ya está en español' },
  });

  it('moves orphans to locales/<lng>/<slug>.orphans.json and out of the resource', () => {
    write(esA, json(withOrphans()));
    const result = syncTranslations(root, { prune: true });
    expect(result.errors).toEqual([]);
    expect(result.pruned).toEqual([{ file: esA, keys: ['no-such-block', idEs1], backup: esOrphans }]);
    expect(result.orphans).toEqual([]);
    expect(readJson(esA)).toEqual(translated.es);
    expect(readJson(esOrphans)).toEqual({ blocks: { 'no-such-block': 'Un bloque que ya no existe', [idEs1]: 'Ya está en español' } });
    expect(formatSyncResult(result)).toBe(`moved to ${esOrphans} from ${esA}: no-such-block, ${idEs1}`);
    expect(buildContentReport(root).warnings).toEqual([]);
  });

  it('merges with an existing backup, keeping a same-named key with other text under a numbered twin', () => {
    write(esOrphans, json({ blocks: { 'no-such-block': 'Un texto anterior', older: 'Algo más viejo', [idEs1]: 'Ya está en español' } }));
    write(esA, json(withOrphans()));
    syncTranslations(root, { prune: true });
    expect(readJson(esOrphans)).toEqual({
      blocks: {
        'no-such-block': 'Un texto anterior',
        older: 'Algo más viejo',
        [idEs1]: 'Ya está en español',
        'no-such-block~2': 'Un bloque que ya no existe',
      },
    });
  });

  it('numbers a third version of a key after the second', () => {
    write(esOrphans, json({ blocks: { ghost: 'Uno', 'ghost~2': 'Dos' } }));
    write(esA, json({ ...translated.es, blocks: { ...translated.es.blocks, ghost: 'Tres' } }));
    syncTranslations(root, { prune: true });
    expect(readJson(esOrphans).blocks).toEqual({ ghost: 'Uno', 'ghost~2': 'Dos', 'ghost~3': 'Tres' });
  });

  it('loses nothing over several prunes', () => {
    const values = new Set<string>();
    for (const text of ['Primera', 'Segunda', 'Primera', 'Tercera']) {
      values.add(text);
      write(esA, json({ ...translated.es, blocks: { ...translated.es.blocks, ghost: text } }));
      syncTranslations(root, { prune: true });
    }
    expect(new Set(Object.values(readJson(esOrphans).blocks ?? {}))).toEqual(values);
    expect(Object.keys(readJson(esOrphans).blocks ?? {})).toHaveLength(3);
    expect(readJson(esA)).toEqual(translated.es);
  });

  it('keeps the recorded source of an orphan until it is pruned, then drops it with nothing else', () => {
    // A translated, recorded block is deleted from the article: its translation becomes an orphan.
    write('content/a.md', `${article()}\n${english3}\n`);
    write(esA, json({ ...translated.es, blocks: { ...translated.es.blocks, [id3]: 'La visita incluyó reuniones.' } }));
    syncTranslations(root);
    expect(readJson(esSources).blocks).toHaveProperty(id3);
    write('content/a.md', article());

    const kept = syncTranslations(root);
    expect(kept.orphans).toEqual([{ file: esA, keys: [id3] }]);
    expect(readJson(esSources).blocks).toHaveProperty(id3);

    syncTranslations(root, { prune: true });
    expect(Object.keys(readJson(esSources).blocks ?? {})).toEqual([id1, idHeading, id2]);
    expect(readJson(esOrphans)).toEqual({ blocks: { [id3]: 'La visita incluyó reuniones.' } });
    expect(buildContentReport(root).warnings).toEqual([]);
  });
});

describe('syncTranslations: broken files', () => {
  it('leaves a resource with a syntax error byte for byte untouched and reports it', () => {
    write('content/a.md', article());
    const broken = '{\n  "title": "La visita",\n  "blocks": {\n    "x": "y",\n  }\n}\n';
    write(esA, broken);
    ageFiles();
    const before = statSync(path.join(root, esA)).mtimeMs;

    const result = syncTranslations(root, { prune: true });
    expect(read(esA)).toBe(broken);
    expect(statSync(path.join(root, esA)).mtimeMs).toBe(before);
    expect(existsSync(path.join(root, esSources))).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file: esA, line: 5, column: 3 });
    expect(formatSyncResult(result)).toMatch(new RegExp(`^error ${esA}:5:3: invalid JSON`, 'm'));
    // The other language is still brought in step.
    expect(result.added).toEqual([{ file: enA, keys: [idEs1] }]);
  });

  it('leaves a resource alone when its sources file is broken', () => {
    write('content/a.md', article());
    write(esA, json(translated.es));
    write(esSources, '{ "blocks": { "a": 1 } }');
    const result = syncTranslations(root, { prune: true });
    expect(read(esA)).toBe(json(translated.es));
    expect(read(esSources)).toBe('{ "blocks": { "a": 1 } }');
    expect(result.errors.map((e) => [e.file, e.line])).toEqual([[esSources, 1]]);
  });

  it('leaves the resources of a broken article alone', () => {
    write('content/a.md', '---\ntitle: [broken\n---\n\nText.\n');
    write(esA, json({ blocks: { whatever: 'Lo que sea' } }));
    const result = syncTranslations(root, { prune: true });
    expect(read(esA)).toBe(json({ blocks: { whatever: 'Lo que sea' } }));
    expect(result.errors.map((e) => [e.file, e.line])).toEqual([[path.join('content', 'a.md'), 2]]);
    expect(listFiles()).toEqual([path.join('content', 'a.md'), esA]);
  });
});

describe('syncTranslations is idempotent', () => {
  it.each<[string, SyncOptions]>([
    ['no options', {}],
    ['prune', { prune: true }],
  ])('changes no file on a second run (%s)', (_, options) => {
    write('content/a.md', article());
    write('content/b.md', `---\ntitle: La visita\nlang: es\n---\n\n${spanish1}\n\n${english1}\n`);
    write(esA, json({ ...translated.es, blocks: { ...translated.es.blocks, ghost: 'Fantasma' } }));
    write(enA, '{\n    "blocks": {\n        "' + idEs1 + '": "The minister traveled to Havana and signed a cooperation agreement with his Cuban counterpart."\n    }\n}\n');

    const first = syncTranslations(root, options);
    expect(formatSyncResult(first)).not.toBe('locales/ is in step with content/: nothing to do');
    ageFiles();
    const before = snapshot();

    const second = syncTranslations(root, options);
    expect(snapshot()).toEqual(before);
    expect(second).toEqual({
      ...{ added: [], recorded: [], confirmed: [], alignmentsConfirmed: [], stale: [], textsRecorded: [], idsRecorded: [], idsKept: [], idsLost: [], updatedRecorded: [], pruned: [], errors: [], refusedTargets: [] },
      orphans: options.prune ? [] : [{ file: esA, keys: ['ghost'] }],
    });
    if (options.prune) expect(formatSyncResult(second)).toBe('locales/ is in step with content/: nothing to do');
  });

  it('says there is nothing to do, and writes nothing, once in step', () => {
    write('content/a.md', article());
    writeTranslations();
    syncTranslations(root);
    ageFiles();
    const before = snapshot();
    const result = syncTranslations(root);
    expect(formatSyncResult(result)).toBe('locales/ is in step with content/: nothing to do');
    expect(snapshot()).toEqual(before);
  });

  it('does not rewrite a resource that only differs in layout', () => {
    write('content/a.md', article());
    writeTranslations();
    syncTranslations(root);
    const compact = JSON.stringify(translated.es);
    write(esA, compact);
    ageFiles();
    const before = snapshot();
    syncTranslations(root);
    expect(snapshot()).toEqual(before);
    expect(read(esA)).toBe(compact);
  });

  it('writes nothing again after a confirm', () => {
    write('content/a.md', article());
    writeTranslations();
    syncTranslations(root);
    write('content/a.md', article(english1.replace('counterpart', 'Cuban counterpart')));
    syncTranslations(root, { confirm: [`a:${id1}`] });
    ageFiles();
    const before = snapshot();
    const again = syncTranslations(root, { confirm: [`a:${id1}`] });
    expect(again.confirmed).toEqual([]);
    expect(snapshot()).toEqual(before);
  });
});

describe('atomic writes', () => {
  it('leaves no temporary file behind', () => {
    write('content/a.md', article());
    write(esA, json({ ...translated.es, blocks: { ...translated.es.blocks, ghost: 'Fantasma' } }));
    syncTranslations(root);
    syncTranslations(root, { prune: true });
    expect(listFiles().filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(listFiles()).toEqual([path.join('content', 'a.ids.json'), path.join('content', 'a.md'), path.join('content', 'a.updated.json'), enA, esA, esOrphans, esSources]);
  });

  it('writeFileAtomic replaces a file with its new text', () => {
    write('file.json', 'old');
    writeFileAtomic(path.join(root, 'file.json'), 'new');
    expect(read('file.json')).toBe('new');
    expect(listFiles()).toEqual(['file.json']);
  });

  it('writeFileAtomic leaves the old file whole when the rename fails', () => {
    write('file.json', '{ "old": true }\n');
    renameFailure.on = true;
    expect(() => writeFileAtomic(path.join(root, 'file.json'), '{ "new": true }\n')).toThrow(/EIO/);
    renameFailure.on = false;
    expect(read('file.json')).toBe('{ "old": true }\n');
    expect(listFiles()).toEqual(['file.json']);
  });

  it('writeFileAtomic leaves the target alone when it cannot be replaced (a directory)', () => {
    write('target/inside.txt', 'kept');
    expect(() => writeFileAtomic(path.join(root, 'target'), 'text')).toThrow();
    expect(statSync(path.join(root, 'target')).isDirectory()).toBe(true);
    expect(read('target/inside.txt')).toBe('kept');
    expect(listFiles()).toEqual([path.join('target', 'inside.txt')]);
  });

  it('an interrupted sync leaves every resource wholly old', () => {
    write('content/a.md', article());
    write(esA, json(translated.es));
    write(enA, json({}));
    const before = snapshot();
    renameFailure.on = true;
    expect(() => syncTranslations(root)).toThrow(/EIO/);
    renameFailure.on = false;
    expect(snapshot()).toEqual(before);
  });
});


describe('scripts/content/sync.ts', { timeout: 60_000 }, () => {
  beforeEach(() => {
    write('content/a.md', article());
    writeTranslations();
  });

  it('syncs and prints what it did', () => {
    const { status, stdout, stderr } = runScript('content/sync.ts', [], root);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(`recorded source of ${esSources}: title, ${id1}, ${idHeading}, ${id2}`);
    expect(statuses()).toEqual({ title: 'ok', [id1]: 'ok', [idHeading]: 'ok', [idEs1]: 'ok', [id2]: 'ok' });
  });

  it('confirms with --confirm slug:id and --confirm=slug:id', () => {
    syncTranslations(root);
    write('content/a.md', article(english1.replace('counterpart', 'Cuban counterpart')).replace(title, `${title}, again`));
    expect(statuses()).toMatchObject({ title: 'stale', [id1]: 'stale' });
    const { status, stdout } = runScript('content/sync.ts', ['--confirm', `a:${id1}`, '--confirm=a:title'], root);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^recorded updated date in content\/a\.updated\.json: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      `confirmed ${esSources}: title, ${id1}`,
    ]);
    expect(statuses()).toMatchObject({ title: 'ok', [id1]: 'ok' });
  });

  it('moves orphans out with --prune', () => {
    syncTranslations(root);
    write(esA, json({ ...translated.es, blocks: { ...translated.es.blocks, ghost: 'Fantasma' } }));
    const { status, stdout } = runScript('content/sync.ts', ['--prune'], root);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(`moved to ${esOrphans} from ${esA}: ghost`);
    expect(readJson(esOrphans)).toEqual({ blocks: { ghost: 'Fantasma' } });
  });

  it('exits 1 on an unknown --confirm target', () => {
    const { status, stdout } = runScript('content/sync.ts', ['--confirm', 'a:no-such-block'], root);
    expect(status).toBe(1);
    expect(stdout).toContain('error --confirm: "a:no-such-block" names no article block');
  });

  it.each([
    ['an unknown option', ['--purne'], '--purne'],
    ['--confirm without a target', ['--confirm'], '--confirm'],
    ['a bare word', ['a:title'], 'a:title'],
  ])('exits 2 on %s, writing nothing', (_, args, shown) => {
    const before = snapshot();
    const { status, stdout, stderr } = runScript('content/sync.ts', args, root);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(shown);
    expect(stderr).toContain('usage: npm run content:sync');
    expect(snapshot()).toEqual(before);
  });
});

describe('regressions', () => {
  const english = '---\ntitle: An English article\n---\n\nThe minister traveled to Havana and met his counterpart.\n';

  it('creates locales/<lng>/ when it does not exist yet', () => {
    rmSync(path.join(root, 'locales'), { recursive: true });
    write('content/a.md', english);
    const result = syncTranslations(root);
    expect(result.errors).toEqual([]);
    expect(readJson('locales/es/a.json')).toEqual({ title: '', blocks: { 'the-minister-traveled-to-havana-and': '' } });
  });

  it('reports a broken backup file instead of throwing, and leaves the resource alone', () => {
    write('content/a.md', english);
    write('locales/es/a.json', json({ blocks: { 'the-minister-traveled-to-havana-and': 'El ministro viajó.', ghost: 'Fantasma' } }));
    write('locales/es/a.orphans.json', '{ broken');
    const before = read('locales/es/a.json');
    const result = syncTranslations(root, { prune: true });
    expect(result.errors.map(String)).toEqual([expect.stringMatching(/^locales\/es\/a\.orphans\.json:1:3: invalid JSON/)]);
    expect(read('locales/es/a.json')).toBe(before);
  });

  it('reports an orphan title and moves it out with prune', () => {
    write('content/a.md', english);
    write('locales/en/a.json', json({ title: 'Hello again' }));
    expect(syncTranslations(root).orphans).toEqual([{ file: path.join('locales', 'en', 'a.json'), keys: ['title'] }]);
    syncTranslations(root, { prune: true });
    expect(readJson('locales/en/a.orphans.json')).toEqual({ title: 'Hello again' });
    expect(existsSync(path.join(root, 'locales/en/a.json')) ? readJson('locales/en/a.json').title : undefined).toBeUndefined();
    expect(buildContentReport(root).warnings.filter((w) => /orphan/.test(w.message))).toEqual([]);
  });

  it('keeps keys in document order even for a heading of digits', () => {
    write('content/a.md', '---\ntitle: T\n---\n\nThe first paragraph of the article.\n\n## 2025\n\nThe last paragraph of the article.\n');
    syncTranslations(root);
    expect(Object.keys(readJson('locales/es/a.json').blocks ?? {})).toEqual([
      'the-first-paragraph-of-the-article',
      'block-2025',
      'the-last-paragraph-of-the-article',
    ]);
  });
});
