import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildContentReport, type ContentReport, type Problem } from '@/lib/content/authoring/check';
import { formatReport, reportJson } from '@/lib/content/authoring/check-format';
import { syncTranslations } from '@/lib/content/authoring/sync';
import { runScript, updatedDateBehind } from '@/tests/unit/support';


let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'paralelo-report-'));
  mkdirSync(path.join(root, 'content'));
  mkdirSync(path.join(root, 'locales', 'en'), { recursive: true });
  mkdirSync(path.join(root, 'locales', 'es'), { recursive: true });
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

const english1 = 'The minister traveled to Havana and signed a cooperation agreement with his counterpart.';
const english2 = 'The agreement included a plan of activities and the supply of missile launchers to the island.';
const spanish1 = 'El ministro viajó a La Habana y firmó un acuerdo de cooperación con su homólogo cubano.';
const id1 = 'the-minister-traveled-to-havana-and';
const id2 = 'the-agreement-included-a-plan-of';
const idEs = 'el-ministro-viajo-a-la-habana';
const title = "The minister's visit to Havana";

/**
 * content/<slug>.md: the title on line 2, english1 on line 5, english2 on line 7, spanish1 on
 * line 9.
 */
const article = (first = english1) => `---\ntitle: ${title}\n---\n\n${first}\n\n${english2}\n\n${spanish1}\n`;

/** Every translation of `article()`, none of them recorded by content:sync. */
function writeAllTranslations(slug = 'a') {
  write(`locales/es/${slug}.json`, json({ title: 'La visita del ministro a La Habana', blocks: { [id1]: 'El ministro viajó a La Habana y firmó un acuerdo de cooperación con su homólogo.', [id2]: 'El acuerdo incluía un plan de actividades y el suministro de lanzamisiles a la isla.' } }));
  write(`locales/en/${slug}.json`, json({ blocks: { [idEs]: 'The minister traveled to Havana and signed a cooperation agreement with his Cuban counterpart.' } }));
}

const contentA = path.join('content', 'a.md');
const esA = path.join('locales', 'es', 'a.json');
const enA = path.join('locales', 'en', 'a.json');

const statusOf = (report: ContentReport, id: string) =>
  report.articles.flatMap((a) => a.blocks).find((b) => b.id === id)?.translation;

/** The warnings (or errors) about `file`, optionally only those whose message matches. */
const about = (problems: Problem[], file: string, message?: RegExp) =>
  problems.filter((p) => p.file === file && (!message || message.test(p.message)));

describe('buildContentReport on the shipped content', () => {
  const report = buildContentReport(process.cwd());

  it('reports the one article with its 21 blocks', () => {
    expect(report.articles.map((a) => a.slug)).toEqual(['belarus-cuba-military-ties']);
    expect(report.articles[0]?.file).toBe(path.join('content', 'belarus-cuba-military-ties.md'));
    expect(report.articles[0]?.lang).toBe('en');
    expect(report.articles[0]?.blocks).toHaveLength(21);
  });

  it('finds every translation up to date, the title too', () => {
    const [seed] = report.articles;
    expect(seed?.blocks.map((b) => b.translation)).toEqual(Array(21).fill('ok'));
    expect(seed?.title).toEqual({ text: "Belarus's chief of the General Staff visits Cuba as military ties deepen", translation: 'ok' });
  });

  it('has no errors and no warnings', () => {
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('reports the Spanish block as Spanish, detected, and every other block as English', () => {
    const blocks = report.articles[0]?.blocks ?? [];
    const spanish = blocks.find((b) => b.id === 'la-visita-del-jefe-del-estado');
    expect(spanish).toMatchObject({ lang: 'es', decidedBy: 'detected', kind: 'paragraph', line: 31 });
    expect(spanish?.confidence).toBeGreaterThan(0);
    expect(spanish?.confidence).toBeLessThanOrEqual(1);
    expect(blocks.filter((b) => b.lang === 'es').map((b) => b.id)).toEqual(['la-visita-del-jefe-del-estado']);
  });

  it('reports each block with its line and kind', () => {
    const blocks = report.articles[0]?.blocks ?? [];
    expect(blocks[0]).toMatchObject({ id: 'the-chief-of-the-general-staff', kind: 'paragraph', line: 9 });
    expect(blocks.find((b) => b.kind === 'heading')).toMatchObject({ id: 'triangular-cooperation-and-signs-of-cuban', line: 29 });
    expect(new Set(blocks.map((b) => b.id)).size).toBe(21);
  });

  it('formats to a clean summary', () => {
    const text = formatReport(report);
    expect(text.split('\n').at(-1)).toBe('1 article(s): 0 error(s), 0 missing, 0 unrecorded, 0 stale, 0 suspect, 0 orphan(s), 0 page residue');
    expect(text).not.toMatch(/^(warning|error) /m);
  });
});

describe('buildContentReport: translation states', () => {
  it('reports a block with no translation as missing, warning at the content file and the block’s line', () => {
    write('content/a.md', article());
    const report = buildContentReport(root);
    expect(report.errors).toEqual([]);
    expect(report.articles[0]?.blocks.map((b) => [b.id, b.line, b.translation])).toEqual([
      [id1, 5, 'missing'],
      [id2, 7, 'missing'],
      [idEs, 9, 'missing'],
    ]);
    expect(report.articles[0]?.title.translation).toBe('missing');
    expect(report.warnings).toContainEqual({
      file: contentA,
      line: 5,
      message: `block "${id1}" has no Spanish translation in ${esA}`,
    });
    expect(report.warnings).toContainEqual({
      file: contentA,
      line: 9,
      message: `block "${idEs}" has no English translation in ${enA}`,
    });
    expect(report.warnings).toContainEqual({ file: contentA, line: 2, message: `the title has no Spanish translation in ${esA}` });
    expect(report.warnings).toContainEqual({
      file: contentA,
      message: 'its updated date is not recorded yet (content/a.updated.json); run npm run content:sync to record it for the feeds',
    });
    expect(report.warnings).toHaveLength(5);
  });

  it('reports one missing translation among translated blocks', () => {
    write('content/a.md', article());
    writeAllTranslations();
    write(esA, json({ title: 'La visita', blocks: { [id1]: 'El ministro viajó a La Habana y firmó un acuerdo de cooperación con su homólogo.' } }));
    syncTranslations(root);
    const report = buildContentReport(root);
    expect(statusOf(report, id1)).toBe('ok');
    expect(statusOf(report, id2)).toBe('missing');
    expect(statusOf(report, idEs)).toBe('ok');
    expect(report.warnings).toEqual([{ file: contentA, line: 7, message: `block "${id2}" has no Spanish translation in ${esA}` }]);
  });

  it('treats an empty-string translation as missing', () => {
    write('content/a.md', article());
    write(esA, json({ title: '', blocks: { [id1]: '', [id2]: 'El acuerdo incluía un plan de actividades y el suministro de lanzamisiles a la isla.' } }));
    const report = buildContentReport(root);
    expect(statusOf(report, id1)).toBe('missing');
    expect(report.articles[0]?.title.translation).toBe('missing');
    expect(about(report.warnings, contentA, new RegExp(`"${id1}" has no Spanish translation`))).toEqual([
      { file: contentA, line: 5, message: `block "${id1}" has no Spanish translation in ${esA}` },
    ]);
  });

  it('reports a translation typed in but not yet recorded as unrecorded, not stale, telling to run content:sync', () => {
    write('content/a.md', article());
    writeAllTranslations();
    const report = buildContentReport(root);
    expect(report.articles[0]?.blocks.map((b) => b.translation)).toEqual(['unrecorded', 'unrecorded', 'unrecorded']);
    expect(report.articles[0]?.title.translation).toBe('unrecorded');
    const [warning] = about(report.warnings, contentA, new RegExp(`"${id1}"`));
    expect(warning).toMatchObject({ file: contentA, line: 5 });
    expect(warning?.message).toMatch(/its Spanish translation \(.*\) is not recorded yet/);
    expect(warning?.message).toContain(`(${esA}:4:5)`);
    expect(warning?.message).toMatch(/run npm run content:sync to record the original it was made from$/);
    expect(formatReport(report).split('\n').at(-1)).toBe('1 article(s): 0 error(s), 0 missing, 4 unrecorded, 0 stale, 0 suspect, 0 orphan(s), 0 page residue');
    const [titleWarning] = about(report.warnings, contentA, /^the title/);
    expect(titleWarning).toMatchObject({ line: 2 });
    expect(titleWarning?.message).toContain(`(${esA}:2:3)`);
  });

  it('reports every translation ok once content:sync has recorded their sources', () => {
    write('content/a.md', article());
    writeAllTranslations();
    syncTranslations(root);
    const report = buildContentReport(root);
    expect(report.articles[0]?.blocks.map((b) => b.translation)).toEqual(['ok', 'ok', 'ok']);
    expect(report.articles[0]?.title.translation).toBe('ok');
    expect(report.warnings).toEqual([]);
    expect(report.errors).toEqual([]);
  });

  it('reports a translation whose original changed as stale, naming the key’s place and the confirm command', () => {
    write('content/a.md', article());
    writeAllTranslations();
    syncTranslations(root);
    // Edit past the sixth word: the ID stays, the original changes.
    write('content/a.md', article(english1.replace('his counterpart', 'his Cuban counterpart')));

    const report = buildContentReport(root);
    expect(statusOf(report, id1)).toBe('stale');
    expect(statusOf(report, id2)).toBe('ok');
    expect(statusOf(report, idEs)).toBe('ok');
    const keyLine = read(esA).split('\n').findIndex((line) => line.includes(`"${id1}"`)) + 1;
    const keyColumn = (read(esA).split('\n')[keyLine - 1]?.indexOf(`"${id1}"`) ?? 0) + 1;
    expect([keyLine, keyColumn]).toEqual([4, 5]);
    expect(report.warnings).toEqual([
      {
        file: contentA,
        line: 5,
        message: `block "${id1}" changed since its Spanish translation was made (${esA}:4:5): … agreement with his {+Cuban +}counterpart.; update the translation, then run npm run content:sync -- --confirm a:${id1}`,
      },
      updatedDateBehind('a'),
    ]);
    // The word diff, as --json gives it: the one word added, between what was kept.
    const change = report.articles[0]?.blocks.find((b) => b.id === id1)?.change;
    expect(change?.filter((part) => part.op !== '=')).toEqual([{ op: '+', text: 'Cuban ' }]);
    expect(change?.map((part) => (part.op === '-' ? '' : part.text)).join('')).toBe(english1.replace('his counterpart', 'his Cuban counterpart'));
  });

  it('reports an edited title as stale, with the title’s confirm command', () => {
    write('content/a.md', article());
    writeAllTranslations();
    syncTranslations(root);
    write('content/a.md', article().replace(title, 'The minister’s long visit to Havana'));
    const report = buildContentReport(root);
    expect(report.articles[0]?.title).toMatchObject({ text: 'The minister’s long visit to Havana', translation: 'stale' });
    expect(report.warnings).toEqual([
      {
        file: contentA,
        line: 2,
        message: `the title changed since its Spanish translation was made (${esA}:2:3): The [-minister's-]{+minister’s long+} visit to Havana; update the translation, then run npm run content:sync -- --confirm a:title`,
      },
      updatedDateBehind('a'),
    ]);
  });

  it('reports the stale translation ok again after it is confirmed', () => {
    write('content/a.md', article());
    writeAllTranslations();
    syncTranslations(root);
    write('content/a.md', article(english1.replace('his counterpart', 'his Cuban counterpart')));
    expect(statusOf(buildContentReport(root), id1)).toBe('stale');

    const result = syncTranslations(root, { confirm: [`a:${id1}`] });
    expect(result.errors).toEqual([]);
    const report = buildContentReport(root);
    expect(statusOf(report, id1)).toBe('ok');
    expect(report.warnings).toEqual([]);
  });

  it('does not mark a translation stale when only the block’s pinned ID changes, keeping the old ID as an alias', () => {
    write('content/a.md', article());
    writeAllTranslations();
    syncTranslations(root);
    write('content/a.md', article(`${english1} {#visit alias=${id1}}`));
    const report = buildContentReport(root);
    expect(report.articles[0]?.blocks[0]).toMatchObject({ id: 'visit', translation: 'ok' });
    expect(report.warnings).toEqual([]);
  });
});

describe('buildContentReport: orphans', () => {
  beforeEach(() => {
    write('content/a.md', article());
    writeAllTranslations();
    syncTranslations(root);
  });

  it('warns about a translation of a block that does not exist, at the key’s line and column', () => {
    write(esA, '{\n  "title": "La visita",\n  "blocks": {\n    "' + id1 + '": "El ministro viajó a La Habana y firmó un acuerdo de cooperación con su homólogo.",\n    "' + id2 + '": "El acuerdo incluía un plan de actividades y el suministro de lanzamisiles a la isla.",\n    "no-such-block": "Nada"\n  }\n}\n');
    const report = buildContentReport(root);
    expect(report.warnings).toContainEqual({ file: esA, line: 6, column: 5, message: 'orphan translation "no-such-block": no block has this ID' });
    expect(report.errors).toEqual([]);
  });

  it('warns about a translation of a block already written in that language', () => {
    write(esA, '{\n  "title": "La visita",\n  "blocks": {\n    "' + id1 + '": "El ministro viajó a La Habana y firmó un acuerdo de cooperación con su homólogo.",\n    "' + id2 + '": "El acuerdo incluía un plan de actividades y el suministro de lanzamisiles a la isla.",\n    "' + idEs + '": "El ministro otra vez."\n  }\n}\n');
    const report = buildContentReport(root);
    expect(report.warnings).toContainEqual({
      file: esA,
      line: 6,
      column: 5,
      message: `orphan translation "${idEs}": block "${idEs}" is written in Spanish already`,
    });
  });

  it('warns about a resource file whose article does not exist', () => {
    write('locales/es/no-such-article.json', json({ title: 'Nada' }));
    const report = buildContentReport(root);
    expect(report.warnings).toEqual([
      { file: path.join('locales', 'es', 'no-such-article.json'), message: 'orphan resource file: no article content/<slug>.md has this slug' },
    ]);
  });

  it('does not count common.json, sources or orphan backups as stray resource files', () => {
    write('locales/en/common.json', json({ any: 'thing' }));
    write('locales/es/common.json', json({ any: 'cosa' }));
    write('locales/es/a.orphans.json', json({ blocks: { old: 'Viejo' } }));
    expect(buildContentReport(root).warnings).toEqual([]);
  });

  it('warns about a title translated into the article’s own language', () => {
    write(enA, '{\n  "title": "The minister in Havana",\n  "blocks": {\n    "' + idEs + '": "The minister traveled to Havana and signed a cooperation agreement with his Cuban counterpart."\n  }\n}\n');
    const report = buildContentReport(root);
    expect(report.warnings).toEqual([{ file: enA, line: 2, column: 3, message: 'orphan title: the article is written in English' }]);
  });

  it('warns about a source hash kept for a translation that is gone', () => {
    const sources = path.join('locales', 'es', 'a.sources.json');
    const recorded = JSON.parse(read(sources)) as { blocks: Record<string, string> };
    write(sources, json({ ...recorded, blocks: { ...recorded.blocks, 'gone-block': '0123456789abcdef' } }));
    const report = buildContentReport(root);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatchObject({ file: sources, message: 'orphan source hash "gone-block": no translation has this key' });
    expect(report.warnings[0]?.line).toBe(read(sources).split('\n').findIndex((l) => l.includes('"gone-block"')) + 1);
  });
});

describe('buildContentReport: errors', () => {
  beforeEach(() => {
    write('content/good.md', article());
    writeAllTranslations('good');
    syncTranslations(root);
  });

  it('reports malformed front matter with its file and line, leaving that article out', () => {
    write('content/broken.md', '---\ntitle: A title\npublished: [2026\n---\n\nSome text here.\n');
    const report = buildContentReport(root);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ file: path.join('content', 'broken.md'), line: 3 });
    expect(report.errors[0]?.message).toMatch(/^front matter is not valid YAML/);
    expect(report.articles.map((a) => a.slug)).toEqual(['good']);
    expect(report.articles[0]?.blocks.map((b) => b.translation)).toEqual(['ok', 'ok', 'ok']);
  });

  it('reports a duplicate block ID with its file and line', () => {
    write('content/dup.md', `---\ntitle: Twice\n---\n\n${english1} {#same}\n\n${english2} {#same}\n`);
    const report = buildContentReport(root);
    expect(report.errors).toEqual([
      { file: path.join('content', 'dup.md'), line: 7, column: undefined, message: 'duplicate block ID "same" (also on line 5)' },
    ]);
    expect(report.articles.map((a) => a.slug)).toEqual(['good']);
  });

  it('reports invalid JSON in a resource with its line and column', () => {
    write('locales/es/good.json', '{\n  "title": "La visita",\n  "blocks": {\n    "a": "b",\n  }\n}\n');
    const report = buildContentReport(root);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ file: path.join('locales', 'es', 'good.json'), line: 5, column: 3 });
    expect(report.errors[0]?.message).toMatch(/^invalid JSON/);
    // The article itself is sound: still reported, its Spanish translations unreadable.
    expect(report.articles.map((a) => a.slug)).toEqual(['good']);
    expect(report.articles[0]?.blocks.map((b) => [b.id, b.translation])).toEqual([
      [id1, 'missing'],
      [id2, 'missing'],
      [idEs, 'ok'],
    ]);
  });

  it('reports a value that is not text with its line and column', () => {
    write('locales/en/good.json', `{\n  "blocks": {\n    "${idEs}": 42\n  }\n}\n`);
    const report = buildContentReport(root);
    expect(report.errors).toEqual([
      {
        file: path.join('locales', 'en', 'good.json'),
        line: 3,
        column: 38,
        message: `"blocks.${idEs}" must be a string of text, not number`,
      },
    ]);
  });

  it('reports every broken file at once and still reports the sound article', () => {
    write('content/b-front.md', '---\ntitle: [unclosed\n---\n\nText.\n');
    write('content/c-dup.md', `---\ntitle: Twice\n---\n\n${english1} {#same}\n\n${english2} {#same}\n`);
    write('content/d-fine.md', article());
    write('locales/es/d-fine.json', '{ "title": "x", }');
    write('locales/en/d-fine.json', '{ "title": 7 }');
    const report = buildContentReport(root);
    expect(report.errors.map((e) => [e.file, e.line])).toEqual(
      expect.arrayContaining([
        [path.join('content', 'b-front.md'), 2],
        [path.join('content', 'c-dup.md'), 7],
        [path.join('locales', 'es', 'd-fine.json'), 1],
        [path.join('locales', 'en', 'd-fine.json'), 1],
      ]),
    );
    expect(report.errors).toHaveLength(4);
    expect(report.errors.every((e) => e.message.length > 0)).toBe(true);
    expect(report.articles.map((a) => a.slug)).toEqual(['d-fine', 'good']);
  });
});

describe('buildContentReport: page residue', () => {
  /** `article()` with `extra` after it: on line 11 when it is one line. */
  const withResidue = (extra: string) => `${article()}\n${extra}\n`;
  const residueMessage = (id: string, found: string) =>
    `block "${id}" looks like page residue, not article text: ${found}; delete it, or if it is article text pin its language by ending it with {lang=en} or {lang=es}`;

  it('warns about a paragraph that is page residue at its line, naming its text, its kind and the fix', () => {
    write('content/a.md', withResidue('Advertisement'));
    const report = buildContentReport(root);
    expect(report.errors).toEqual([]);
    expect(about(report.warnings, contentA, /page residue/)).toEqual([
      { file: contentA, line: 11, message: residueMessage('advertisement', '"Advertisement" (advertisement label)') },
    ]);
    expect(report.articles[0]?.blocks.at(-1)?.residue).toEqual([{ text: 'Advertisement', kind: 'advertisement label' }]);
    expect(report.articles[0]?.blocks.slice(0, -1).every((b) => b.residue === undefined)).toBe(true);
  });

  it('names each line of a paragraph whose every line is residue, in Spanish too', () => {
    write('content/a.md', withResidue('Por Ana Ruiz\nActualizado el 12 de marzo de 2024'));
    const [warning] = about(buildContentReport(root).warnings, contentA, /page residue/);
    expect(warning).toMatchObject({ file: contentA, line: 11 });
    expect(warning?.message).toContain(
      ': "Por Ana Ruiz" (byline), "Actualizado el 12 de marzo de 2024" (timestamp); delete it, or if it is article text pin its language',
    );
  });

  it('finds residue under Markdown: a link, emphasis', () => {
    write('content/a.md', withResidue('[Read more](https://example.com/other-story) →\n\n**Filed under:**'));
    const lines = about(buildContentReport(root).warnings, contentA, /page residue/).map((w) => w.line);
    expect(lines).toEqual([11, 13]);
  });

  it.each([
    ['a paragraph with its language pinned', 'Advertisement {lang=en}'],
    ['a heading', '## Related'],
    ['a sentence that merely holds the words', 'Read more about the strike in our coverage.'],
    ['a paragraph with text after the residue', 'By Jane Doe\nThe grid failed again on Tuesday night.'],
  ])('does not warn about %s', (_what, extra) => {
    write('content/a.md', withResidue(extra));
    const report = buildContentReport(root);
    expect(about(report.warnings, contentA, /page residue/)).toEqual([]);
    expect(report.articles[0]?.blocks.every((b) => b.residue === undefined)).toBe(true);
  });

  it('prints it as a warning at file:line and counts it in the summary, not as an orphan', () => {
    write('content/a.md', withResidue('Filed under:'));
    const lines = formatReport(buildContentReport(root)).split('\n');
    expect(lines).toContain(`warning ${contentA}:11: ${residueMessage('filed-under', '"Filed under:" (topic label)')}`);
    expect(lines.at(-1)).toBe('1 article(s): 0 error(s), 5 missing, 0 unrecorded, 0 stale, 0 suspect, 0 orphan(s), 1 page residue');
  });

  it('gives the residue block its lines in --json', () => {
    write('content/a.md', withResidue('Suscríbete'));
    const blocks = reportJson(buildContentReport(root)).articles[0]?.blocks ?? [];
    expect(blocks.map((b) => b.residue)).toEqual([undefined, undefined, undefined, [{ text: 'Suscríbete', kind: 'subscribe prompt' }]]);
  });
});

describe('formatReport', () => {
  it('prints one row per block with line, ID, kind, language, confidence, decided-by, translation state and beads', () => {
    write('content/a.md', `${article()}\n## Short {lang=en}\n`);
    write(esA, json({ blocks: { [id1]: 'El ministro viajó a La Habana y firmó un acuerdo de cooperación con su homólogo.' } }));
    const report = buildContentReport(root);
    const text = formatReport(report);
    const lines = text.split('\n');

    expect(lines[0]).toBe(`${contentA}  "${title}"  (en; 4 blocks: 3 en, 1 es)`);
    expect(lines[1]).toMatch(/^ {2}line +id +kind +lang +conf +decided +translation +beads$/);
    const rows = lines.slice(2, 6);
    const [b1, b2, b3] = report.articles[0]!.blocks;
    const row = (line: number, id: string, kind: string, lang: string, conf: string, decided: string, translation: string) =>
      new RegExp(`^ {2}${line} +${id} +${kind} +${lang} +${conf.replace('.', '\\.')} +${decided} +${translation}$`);
    expect(rows[0]).toMatch(row(5, id1, 'paragraph', 'en', b1!.confidence.toFixed(2), 'detected', 'es: unrecorded +1:1'));
    expect(rows[1]).toMatch(row(7, id2, 'paragraph', 'en', b2!.confidence.toFixed(2), 'detected', 'es: missing'));
    expect(rows[2]).toMatch(row(9, idEs, 'paragraph', 'es', b3!.confidence.toFixed(2), 'detected', 'en: missing'));
    expect(rows[3]).toMatch(row(11, 'short', 'heading', 'en', '1.00', 'pinned', 'es: missing'));
    expect(lines[6]).toMatch(/^ +\(title\) +en +es: missing$/);
    // Columns line up: every ID is padded to the same width, so every kind starts at one column.
    const kinds = ['paragraph', 'paragraph', 'paragraph', 'heading'];
    expect(new Set(rows.map((r, i) => r.indexOf(` ${kinds[i]} `))).size).toBe(1);
  });

  it('lists every problem as file:line(:column): message, errors first', () => {
    write('content/a.md', article());
    write('content/broken.md', '---\ntitle: x\n');
    write(esA, '{\n  "blocks": {\n    "no-such-block": "Nada"\n  }\n}\n');
    const text = formatReport(buildContentReport(root));
    const problems = text.split('\n').filter((l) => /^(error|warning) /.test(l));
    expect(problems[0]).toBe(`error   ${path.join('content', 'broken.md')}:1: front matter is not closed: add a line "---" after its last field`);
    expect(problems).toContain(`warning ${contentA}:5: block "${id1}" has no Spanish translation in ${esA}`);
    expect(problems).toContain(`warning ${esA}:3:5: orphan translation "no-such-block": no block has this ID`);
    expect(problems.filter((l) => l.startsWith('error'))).toHaveLength(1);
  });

  it('ends with a summary counting articles, errors, missing, stale and orphan translations', () => {
    write('content/a.md', article());
    write('content/b.md', article());
    write('content/broken.md', '');
    writeAllTranslations();
    syncTranslations(root, { slugs: ['a'] });
    write('content/a.md', article(english1.replace('his counterpart', 'his Cuban counterpart')));
    write(esA, read(esA).replace('"blocks": {', '"blocks": {\n    "ghost": "Fantasma",'));
    write('locales/es/stray.json', json({}));
    const report = buildContentReport(root);
    // a: 1 stale; b: 3 blocks and the title missing; orphans: "ghost" and stray.json.
    expect(formatReport(report).split('\n').at(-1)).toBe('2 article(s): 1 error(s), 4 missing, 0 unrecorded, 1 stale, 0 suspect, 2 orphan(s), 0 page residue');
  });
});


describe('scripts/content/check.ts', { timeout: 60_000 }, () => {
  it('exits 0 with warnings only, printing the report', () => {
    write('content/a.md', article());
    const { status, stdout, stderr } = runScript('content/check.ts', [], root);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(`warning ${contentA}:5: block "${id1}" has no Spanish translation in ${esA}`);
    expect(stdout.trim().split('\n').at(-1)).toBe('1 article(s): 0 error(s), 4 missing, 0 unrecorded, 0 stale, 0 suspect, 0 orphan(s), 0 page residue');
  });

  it('exits 0 with --strict when everything is translated and recorded', () => {
    write('content/a.md', article());
    writeAllTranslations();
    syncTranslations(root);
    const { status, stdout } = runScript('content/check.ts', ['--strict'], root);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n').at(-1)).toBe('1 article(s): 0 error(s), 0 missing, 0 unrecorded, 0 stale, 0 suspect, 0 orphan(s), 0 page residue');
  });

  it('exits 1 with --strict when a translation is missing', () => {
    write('content/a.md', article());
    writeAllTranslations();
    syncTranslations(root);
    write(enA, json({}));
    const { status, stdout } = runScript('content/check.ts', ['--strict'], root);
    expect(status).toBe(1);
    expect(stdout).toContain(`warning ${contentA}:9: block "${idEs}" has no English translation in ${enA}`);
  });

  it('exits 1 with --strict on page residue alone, a warning, and 0 without it', () => {
    write('content/a.md', `---\ntitle: ${title}\n---\n\n${english1}\n\nAdvertisement\n\n${english2}\n\n${spanish1}\n`);
    writeAllTranslations();
    write(esA, read(esA).replace('"blocks": {', '"blocks": {\n    "advertisement": "Publicidad",'));
    syncTranslations(root);
    const warning = `warning ${contentA}:7: block "advertisement" looks like page residue, not article text: "Advertisement" (advertisement label); delete it, or if it is article text pin its language by ending it with {lang=en} or {lang=es}`;

    const strict = runScript('content/check.ts', ['--strict'], root);
    expect(strict.status).toBe(1);
    expect(strict.stdout.split('\n').filter((l) => /^(error|warning) /.test(l))).toEqual([warning]);
    expect(strict.stdout.trim().split('\n').at(-1)).toBe('1 article(s): 0 error(s), 0 missing, 0 unrecorded, 0 stale, 0 suspect, 0 orphan(s), 1 page residue');
    expect(runScript('content/check.ts', [], root).status).toBe(0);
  });

  it('exits 1 on an error, even without --strict', () => {
    write('content/a.md', article());
    write('content/broken.md', '---\ntitle: ""\n---\n\nText.\n');
    const { status, stdout } = runScript('content/check.ts', [], root);
    expect(status).toBe(1);
    expect(stdout).toMatch(new RegExp(`^error   ${path.join('content', 'broken.md')}:2: front matter field "title" must not be empty$`, 'm'));
  });

  it('prints one JSON document with --json', () => {
    write('content/a.md', article());
    write('content/broken.md', `---\ntitle: Twice\n---\n\n${english1} {#same}\n\n${english2} {#same}\n`);
    write(esA, json({ blocks: { [id1]: 'El ministro viajó a La Habana y firmó un acuerdo de cooperación con su homólogo.' } }));
    const { status, stdout } = runScript('content/check.ts', ['--json'], root);
    expect(status).toBe(1);
    const parsed = JSON.parse(stdout) as {
      articles: { slug: string; blocks: Record<string, unknown>[] }[];
      errors: { file: string; line: number; message: string }[];
    };
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]?.slug).toBe('a');
    expect(parsed.articles[0]?.blocks).toHaveLength(3);
    for (const block of parsed.articles[0]!.blocks) {
      expect(block).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          kind: expect.any(String),
          lang: expect.stringMatching(/^(en|es)$/),
          confidence: expect.any(Number),
          decidedBy: expect.stringMatching(/^(detected|context|pinned)$/),
          translation: expect.stringMatching(/^(ok|missing|unrecorded|stale)$/),
        }),
      );
    }
    expect(parsed.articles[0]?.blocks.map((b) => [b.id, b.kind, b.lang, b.decidedBy, b.translation])).toEqual([
      [id1, 'paragraph', 'en', 'detected', 'unrecorded'],
      [id2, 'paragraph', 'en', 'detected', 'missing'],
      [idEs, 'paragraph', 'es', 'detected', 'missing'],
    ]);
    expect(parsed.errors).toEqual([
      expect.objectContaining({ file: path.join('content', 'broken.md'), line: 7, message: 'duplicate block ID "same" (also on line 5)' }),
    ]);
  });

  it('prints valid JSON with --json --strict and exits 1 on warnings', () => {
    write('content/a.md', article());
    const { status, stdout } = runScript('content/check.ts', ['--json', '--strict'], root);
    expect(status).toBe(1);
    const parsed = JSON.parse(stdout) as { articles: unknown[]; errors: unknown[] };
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.errors).toEqual([]);
  });

  it('exits 2 on an unknown option, with usage on stderr', () => {
    write('content/a.md', article());
    const { status, stdout, stderr } = runScript('content/check.ts', ['--strcit'], root);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("Unknown option '--strcit'");
    expect(stderr).toContain('usage: npm run content:check');
  });
});
