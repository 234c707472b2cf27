import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBlock } from '@/lib/content/article';
import { buildContentReport } from '@/lib/content/authoring/check';
import { formatReport, reportJson } from '@/lib/content/authoring/check-format';
import { vanishedIds, withPublished } from '@/lib/content/authoring/published-ids';
import { syncTranslations } from '@/lib/content/authoring/sync';
import { formatSyncResult } from '@/lib/content/authoring/sync-format';
import { loadContent } from '@/lib/content/build/read-sources';
import { runScript } from '@/tests/unit/support';

// Issue 16, point 1: an editor fixes a figure in a paragraph's first six words, which changes
// its derived ID; the published ID must stay reachable.

const lead = 'More than 200,000 riders lost their bus service on Monday when drivers walked out.';
const fixed = lead.replace('200,000', '210,000');
const second = 'The county said talks with the union would resume on Thursday morning.';
const third = 'Riders were told to check the transit agency’s website for updates.';
const oldId = 'more-than-200-000-riders-lost';
const newId = 'more-than-210-000-riders-lost';

let root: string;
const write = (file: string, text: string) => writeFileSync(path.join(root, file), text);
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const article = (first: string) => `---\ntitle: A strike on the buses\n---\n\n${first}\n\n${second}\n\n${third}\n`;
const translations = {
  title: 'Una huelga en los autobuses',
  blocks: {
    [oldId]: 'Más de 200.000 usuarios se quedaron sin autobús el lunes cuando los conductores abandonaron el trabajo.',
    'the-county-said-talks-with-the': 'El condado dijo que las negociaciones con el sindicato se reanudarían el jueves por la mañana.',
    'riders-were-told-to-check-the': 'Se pidió a los usuarios que consultaran el sitio web de la agencia de transporte para estar al día.',
  },
};

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'paralelo-ids-'));
  for (const dir of ['content', 'locales/en', 'locales/es']) mkdirSync(path.join(root, dir), { recursive: true });
  write('content/strike.md', article(lead));
  write('locales/es/strike.json', `${JSON.stringify(translations, null, 2)}\n`);
  syncTranslations(root);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('published IDs', () => {
  it('are recorded by content:sync, in document order', () => {
    expect(JSON.parse(read('content/strike.ids.json'))).toEqual({
      published: [oldId, 'the-county-said-talks-with-the', 'riders-were-told-to-check-the'],
    });
  });

  it('fail content:check at the block a typo fix renamed, naming it and the command that keeps the old ID', () => {
    write('content/strike.md', article(fixed));
    const report = buildContentReport(root);
    expect(report.errors).toEqual([
      {
        file: path.join('content', 'strike.md'),
        line: 5,
        message: `published block ID "${oldId}" is gone: no block has it or names it as an alias, so its links answer 404; it most likely became "${newId}" (line 5): if so, run npm run content:sync -- --keep-id strike:${oldId}=${newId}`,
      },
    ]);
    const { status, stdout } = runScript('content/check.ts', [], root);
    expect(status).toBe(1);
    expect(stdout).toContain(`error   content/strike.md:5: published block ID "${oldId}" is gone`);
  });

  it('keep a plain content:sync from giving the renamed block an empty key, and say what to run', () => {
    write('content/strike.md', article(fixed));
    const result = syncTranslations(root);
    expect(result.added).toEqual([]);
    expect(JSON.parse(read('locales/es/strike.json'))).toEqual(translations);
    expect(formatSyncResult(result)).toContain(`run npm run content:sync -- --keep-id strike:${oldId}=${newId}`);
    expect(JSON.parse(read('content/strike.ids.json')).published).not.toContain(newId);
  });

  it('stay reachable after --keep-id: the old ID is an alias, its translation follows and shows what changed', () => {
    write('content/strike.md', article(fixed));
    const result = syncTranslations(root, { keepId: [`strike:${oldId}=${newId}`] });
    expect(result.errors).toEqual([]);
    expect(read('content/strike.md')).toContain(`${fixed} {alias=${oldId}}`);

    const report = buildContentReport(root);
    expect(report.errors).toEqual([]);
    const block = report.articles[0]!.blocks[0]!;
    expect(block).toMatchObject({ id: newId, aliases: [oldId], translation: 'stale' });
    expect(block.change?.filter((part) => part.op !== '=')).toEqual([
      { op: '-', text: '200,000' },
      { op: '+', text: '210,000' },
    ]);
    expect(formatReport(report)).toContain(`└ also answers to ${oldId}`);
    expect(formatReport(report)).toContain('└ changed: More than [-200,000-]{+210,000+} riders');
    expect(reportJson(report).articles[0]!.blocks[0]).toMatchObject({ id: newId, aliases: [oldId], translation: 'stale' });

    // The built article: links, fragments and flips naming the old ID find the block, in its translation.
    const [built] = loadContent(root);
    expect(findBlock(built!, oldId)?.id).toBe(newId);
    expect(built!.blocks[0]!.versions.es).toBeDefined();
  });

  it('are recognised by recorded text and position when the opening words changed a lot', () => {
    write('content/strike.md', article(`Bus service stopped for more than 210,000 riders on Monday when drivers walked out.`));
    const [built] = loadContent(root);
    const [lost] = vanishedIds(built!, [oldId, 'the-county-said-talks-with-the', 'riders-were-told-to-check-the'], () => lead);
    expect(lost?.likely?.block.id).toBe('bus-service-stopped-for-more-than');
  });

  it('name no block when none stands out, and never one whose own ID was published', () => {
    const [built] = loadContent(root);
    const published = withPublished([], built!);
    expect(vanishedIds(built!, published)).toEqual([]);
    expect(vanishedIds(built!, [...published, 'a-paragraph-cut-from-the-article'])).toEqual([
      { id: 'a-paragraph-cut-from-the-article' },
    ]);
  });

  it('refuse a --keep-id that names no block or an ID that still leads somewhere, writing nothing', () => {
    write('content/strike.md', article(fixed));
    const before = read('content/strike.md');
    for (const request of [`strike:${oldId}=no-such-block`, `strike:${newId}=${newId}`, 'strike-only', `nope:${oldId}=${newId}`]) {
      const result = syncTranslations(root, { keepId: [request] });
      expect(result.refusedTargets).toHaveLength(1);
    }
    expect(read('content/strike.md')).toBe(before);
  });
});

// Each runs the scripts as an editor would, in processes of their own.
describe('the content commands on the command line', { timeout: 60_000 }, () => {
  it.each([
    ['content/check.ts', 'content:check'],
    ['content/sync.ts', 'content:sync'],
    ['content/new.ts', 'content:new'],
    ['content/build.ts', 'content:build'],
    ['content/export.ts', 'content:export'],
    ['content/import.ts', 'content:import'],
    ['content/detect.ts', '--silent content:detect'],
    ['content/align.ts', '--silent align'],
  ])('%s --help prints its usage and exits 0, doing nothing else', (script, command) => {
    const { status, stdout } = runScript(script, ['--help'], root);
    expect(status).toBe(0);
    expect(stdout.startsWith(`usage: npm run ${command}`)).toBe(true);
  });

  it('limit content:check and content:sync to the slugs given, and refuse an unknown one', () => {
    write('content/other.md', `---\ntitle: Otro\nlang: es\n---\n\nEl ayuntamiento aprobó el presupuesto del año que viene por unanimidad.\n`);
    const check = runScript('content/check.ts', ['strike'], root);
    expect(check.stdout).toContain('content/strike.md');
    expect(check.stdout).not.toContain('content/other.md');
    const sync = runScript('content/sync.ts', ['strike'], root);
    expect(sync.status).toBe(0);
    expect(() => read('locales/en/other.json')).toThrow();
    const unknown = runScript('content/check.ts', ['nope'], root);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no article content/nope.md');
  });

  it('rebuild only the slugs given with content:build, to the same .content/ as a whole build', () => {
    write('content/other.md', `---\ntitle: Otro\nlang: es\n---\n\nEl ayuntamiento aprobó el presupuesto del año que viene por unanimidad.\n`);
    const builtFiles = () =>
      Object.fromEntries(
        ['index.json', 'paragraphs.json', 'sentences.json', 'articles/strike.json', 'articles/other.json'].map((f) => [
          f,
          read(path.join('.content', f)),
        ]),
      );
    expect(runScript('content/build.ts', ['strike'], root).stderr).toContain('run `npm run content:build` first');
    expect(runScript('content/build.ts', [], root).status).toBe(0);
    write('content/strike.md', article(`${fixed} {alias=${oldId}}`));
    // Another article's error does not stop a build limited to this one.
    write('content/broken.md', 'no front matter\n');

    const partial = runScript('content/build.ts', ['strike'], root);
    expect(partial.stdout).toContain('content: 1 article(s), 3 blocks');
    const rebuilt = builtFiles();
    expect(rebuilt['articles/strike.json']).toContain('More than 210,000 riders');
    rmSync(path.join(root, 'content/broken.md'));
    expect(runScript('content/build.ts', [], root).status).toBe(0);
    expect(rebuilt).toEqual(builtFiles());

    const unknown = runScript('content/build.ts', ['nope'], root);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no article content/nope.md');
  });
});
