import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beadShapes } from '@/lib/content/article';
import { buildContentReport } from '@/lib/content/authoring/check';
import { suspectReason } from '@/lib/content/authoring/check-alignment';
import { formatReport, reportJson } from '@/lib/content/authoring/check-format';
import { syncTranslations } from '@/lib/content/authoring/sync';
import { formatSyncResult } from '@/lib/content/authoring/sync-format';
import { sourceHash } from '@/lib/content/build/join/source-hash';
import type { SourcesRecord } from '@/lib/content/schemas';
import { runScript, updatedDateBehind } from '@/tests/unit/support';

let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'paralelo-align-check-'));
  mkdirSync(path.join(root, 'content'));
  mkdirSync(path.join(root, 'locales', 'en'), { recursive: true });
  mkdirSync(path.join(root, 'locales', 'es'), { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const write = (file: string, data: string) => writeFileSync(path.join(root, file), data);
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every file under `root` with its text, to tell whether anything was written. */
function files(dir = root): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? Object.entries(files(full)) : [[path.relative(root, full), read(path.relative(root, full))]];
    }),
  );
}

/** Two English sentences translated by one Spanish sentence: a 2:1 bead. */
const twoToOne = {
  en: 'The minister arrived in Havana on Monday. He met his Cuban counterpart at the ministry.',
  es: 'El ministro llegó a La Habana el lunes y se reunió con su homólogo cubano en el ministerio.',
};
const idTwoToOne = 'the-minister-arrived-in-havana-on';

/** Three English sentences, whose translation lost the middle one. */
const lostMiddle = {
  en: 'General Viktor Gulevich arrived in Havana on 12 May 2025 with a delegation of nine officers. In Minsk, the ministry said the talks would cover training, logistics and the repair of Soviet-era equipment. The visit ends on Friday with a reception at the embassy of Belarus.',
  es: 'El general Viktor Gulevich llegó a La Habana el 12 de mayo de 2025 con una delegación de nueve oficiales. La visita termina el viernes con una recepción en la embajada de Bielorrusia.',
};
const idLostMiddle = 'general-viktor-gulevich-arrived-in-havana';

const contentA = path.join('content', 'a.md');
const esA = path.join('locales', 'es', 'a.json');
const esSources = path.join('locales', 'es', 'a.sources.json');

/** content/a.md: the 2:1 block on line 5, the one whose translation lost a sentence on line 7. */
const article = (second = lostMiddle.en) => `---\ntitle: The visit\n---\n\n${twoToOne.en}\n\n${second}\n`;

/** Writes the article and its translations, and records their sources as content:sync does. */
function writeTranslatedArticle(secondTranslation = lostMiddle.es) {
  write(contentA, article());
  write(esA, json({ title: 'La visita', blocks: { [idTwoToOne]: twoToOne.es, [idLostMiddle]: secondTranslation } }));
  syncTranslations(root);
}

const blockReport = (id: string) =>
  buildContentReport(root)
    .articles.flatMap((a) => a.blocks)
    .find((b) => b.id === id);

const suspectMessage =
  `block "${idLostMiddle}": its Spanish translation (${esA}:5:5) may have lost or added text: ` +
  'sentence 2 of the original seems to have no counterpart in the translation; compare the two and fix the translation, ' +
  `or if it is right run npm run content:sync -- --confirm-alignment a:${idLostMiddle}`;

describe('beadShapes', () => {
  it('gives each bead as sentences of the original to sentences of the translation', () => {
    const alignment = { beads: { en: [0, 0, 1, 2], es: [0, 1, 1] }, suspect: false };
    expect(beadShapes(alignment, 'en')).toBe('2:1 1:2 1:0');
    expect(beadShapes(alignment, 'es')).toBe('1:2 2:1 0:1');
  });

  it('is empty where neither side has a sentence', () => {
    expect(beadShapes({ beads: { en: [], es: [] }, suspect: false }, 'en')).toBe('');
  });
});

// The first article built in a worker loads the detector's word lists: seconds on a busy machine.
describe('content:check: beads', { timeout: 30_000 }, () => {
  it('reports a 2:1 block’s beads in its row and in the JSON, oriented original:translation', () => {
    write(contentA, article());
    write(esA, json({ title: 'La visita', blocks: { [idTwoToOne]: twoToOne.es } }));
    syncTranslations(root);
    const report = buildContentReport(root);
    const [twoToOneBlock, untranslated] = report.articles[0]!.blocks;
    expect(twoToOneBlock?.alignment).toEqual({ beads: '2:1', suspect: false });
    expect(untranslated?.translation).toBe('missing');
    expect(untranslated).not.toHaveProperty('alignment');

    const lines = formatReport(report).split('\n');
    expect(lines[1]).toMatch(/ translation +beads$/);
    expect(lines[2]).toMatch(new RegExp(`^ {2}5 +${idTwoToOne} .* es: ok +2:1$`));
    expect(lines[3]).toMatch(/ es: missing$/);
    expect(reportJson(report).articles[0]?.blocks[0]).toMatchObject({ alignment: { beads: '2:1', suspect: false } });
    expect(reportJson(report).articles[0]?.blocks[1]).not.toHaveProperty('alignment');
  });
});

describe('content:check: suspect translations', () => {
  it('warns at the block’s line, naming the translation’s place, the lost sentence and the confirm command', () => {
    writeTranslatedArticle();
    const report = buildContentReport(root);
    expect(blockReport(idLostMiddle)?.alignment).toEqual({ beads: '1:1 1:0 1:1', suspect: true });
    expect(read(esA).split('\n')[4]).toBe(`    "${idLostMiddle}": "${lostMiddle.es}"`);
    expect(report.warnings).toEqual([{ file: contentA, line: 7, message: suspectMessage }]);

    const text = formatReport(report);
    expect(text).toContain(`warning ${contentA}:7: ${suspectMessage}`);
    expect(text).toMatch(new RegExp(`^ {2}7 +${idLostMiddle} .* es: ok +1:1 1:0 1:1 \\(suspect\\)$`, 'm'));
    expect(text.split('\n').at(-1)).toBe('1 article(s): 0 error(s), 0 missing, 0 unrecorded, 0 stale, 1 suspect, 0 orphan(s), 0 page residue');
  });
});

describe('suspectReason', () => {
  it('names the sentences of either side with no counterpart, numbered from 1', () => {
    expect(suspectReason({ beads: { en: [0, 1, 2, 3], es: [0, 2] }, suspect: true }, 'en')).toBe(
      'sentences 2 and 4 of the original seem to have no counterpart in the translation',
    );
    expect(suspectReason({ beads: { en: [0, 1, 2], es: [1, 2] }, suspect: true }, 'es')).toBe(
      'sentence 1 of the translation seems to have no counterpart in the original',
    );
  });

  it('says the lengths do not fit where every sentence has a counterpart', () => {
    expect(suspectReason({ beads: { en: [0, 1], es: [0, 1] }, suspect: true }, 'en')).toBe(
      "the lengths of its sentences and of their translations don't fit",
    );
  });
});

describe('confirming a suspect alignment', { timeout: 60_000 }, () => {
  it('fails --strict until an editor confirms it, then passes, showing it confirmed', () => {
    writeTranslatedArticle();
    const translations = read(esA);
    expect(runScript('content/check.ts', ['--strict'], root).status).toBe(1);

    const sync = runScript('content/sync.ts', ['--confirm-alignment', `a:${idLostMiddle}`], root);
    expect(sync.stderr).toBe('');
    expect(sync.status).toBe(0);
    expect(sync.stdout.trim()).toBe(`confirmed alignment of ${esSources}: ${idLostMiddle}`);
    expect(read(esA)).toBe(translations);
    const sources = JSON.parse(read(esSources)) as SourcesRecord;
    expect(sources.confirmedAlignments).toEqual({
      [idLostMiddle]: { original: sources.blocks?.[idLostMiddle], translation: sourceHash(lostMiddle.es) },
    });

    const check = runScript('content/check.ts', ['--strict'], root);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(new RegExp(`^ {2}7 +${idLostMiddle} .* 1:1 1:0 1:1 \\(suspect, confirmed\\)$`, 'm'));
    expect(check.stdout).not.toMatch(/^warning /m);
    const parsed = JSON.parse(runScript('content/check.ts', ['--json'], root).stdout) as ReturnType<typeof reportJson>;
    expect(parsed.articles[0]?.blocks.map((b) => b.alignment)).toEqual([
      { beads: '2:1', suspect: false },
      { beads: '1:1 1:0 1:1', suspect: true, confirmed: true },
    ]);
  });

  it('confirms by a former ID (alias), and writes nothing on a second confirm', () => {
    writeTranslatedArticle();
    write(contentA, article(`${lostMiddle.en} {#gulevich alias=${idLostMiddle}}`));
    const first = syncTranslations(root, { confirmAlignment: [`a:${idLostMiddle}`] });
    expect(first.alignmentsConfirmed).toEqual([{ file: esSources, keys: [idLostMiddle] }]);
    expect(blockReport('gulevich')?.alignment).toMatchObject({ suspect: true, confirmed: true });
    const before = files();
    const second = syncTranslations(root, { confirmAlignment: ['a:gulevich'] });
    expect(second.alignmentsConfirmed).toEqual([]);
    expect(files()).toEqual(before);
  });

  it('is void once the original changes, and a plain sync drops it', () => {
    writeTranslatedArticle();
    syncTranslations(root, { confirmAlignment: [`a:${idLostMiddle}`] });
    write(contentA, article(lostMiddle.en.replace('nine officers', 'ten officers')));
    syncTranslations(root, { confirm: [`a:${idLostMiddle}`] });
    expect(blockReport(idLostMiddle)).toMatchObject({ translation: 'ok', alignment: { suspect: true } });
    expect(blockReport(idLostMiddle)?.alignment).not.toHaveProperty('confirmed');
    expect(buildContentReport(root).warnings).toEqual([{ file: contentA, line: 7, message: suspectMessage }]);
    expect(JSON.parse(read(esSources))).not.toHaveProperty('confirmedAlignments');
  });

  it('is void once the translation changes', () => {
    writeTranslatedArticle();
    syncTranslations(root, { confirmAlignment: [`a:${idLostMiddle}`] });
    expect(buildContentReport(root).warnings).toEqual([]);
    write(esA, read(esA).replace('nueve oficiales', 'diez oficiales'));
    expect(blockReport(idLostMiddle)?.alignment).toEqual({ beads: '1:1 1:0 1:1', suspect: true });
    expect(buildContentReport(root).warnings).toEqual([{ file: contentA, line: 7, message: suspectMessage }, updatedDateBehind('a')]);
  });

  it('reports a malformed confirmation at the object that lacks a field', () => {
    writeTranslatedArticle();
    const sources = JSON.parse(read(esSources)) as Record<string, unknown>;
    write(esSources, json({ ...sources, confirmedAlignments: { [idLostMiddle]: { original: 'x' } } }));
    const lines = read(esSources).split('\n');
    const at = lines.findIndex((l, i) => l === `    "${idLostMiddle}": {` && lines[i - 1]?.includes('confirmedAlignments'));
    const line = lines[at]!;
    const { errors } = buildContentReport(root);
    expect(errors).toEqual([
      { file: esSources, line: at + 1, column: line.indexOf('{') + 1, message: `"confirmedAlignments.${idLostMiddle}.translation" must be a string of text, not missing` },
    ]);
  });
});

describe('--confirm-alignment targets that name no translated block', { timeout: 60_000 }, () => {
  it.each([
    ['an unknown block', `a:no-such-block`, '"a:no-such-block" names no article block: write <slug>:<block-id>'],
    ['an unknown article', `nope:${idLostMiddle}`, `"nope:${idLostMiddle}" names no article block`],
    ['no block ID', 'a', '"a" names no article block'],
    ['the title, which is not aligned', 'a:title', '"a:title" names no article block'],
    ['a block with no translation', `a:${idTwoToOne}`, `"a:${idTwoToOne}" has no translation in ${esA} to confirm`],
  ])('refuse %s, writing nothing', (_, target, message) => {
    writeTranslatedArticle();
    write(esA, json({ title: 'La visita', blocks: { [idLostMiddle]: lostMiddle.es } }));
    const before = files();
    const result = syncTranslations(root, { confirmAlignment: [`a:${idLostMiddle}`, target] });
    expect(result.refusedTargets.map(String)).toEqual([expect.stringContaining(`--confirm-alignment: ${message}`)]);
    expect(formatSyncResult(result)).toBe(`error --confirm-alignment: ${result.refusedTargets[0]?.message}\nnothing was written`);
    expect(files()).toEqual(before);
  });

  it('exits 2 with the error on stderr, writing nothing', () => {
    writeTranslatedArticle();
    const before = files();
    const { status, stdout, stderr } = runScript('content/sync.ts', ['--confirm-alignment=a:nope'], root);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('error --confirm-alignment: "a:nope" names no article block: write <slug>:<block-id>\nnothing was written\n');
    expect(files()).toEqual(before);
  });
});
