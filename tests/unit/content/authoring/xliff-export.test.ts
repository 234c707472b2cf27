import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flowText } from '@/lib/content/article';
import { exportXliff, type ExportOptions } from '@/lib/content/authoring/xliff/export';
import { piecesText } from '@/lib/content/authoring/xliff/inline-codes';
import { readXliff } from '@/lib/content/authoring/xliff/read-xliff';
import { loadContent } from '@/lib/content/build/read-sources';
import { runScript } from '@/tests/unit/support';
import { makeProject, schemaErrors, seedSlug, seedXliff, type Project } from './xliff-project';

let project: Project;

beforeEach(() => {
  project = makeProject();
});

afterEach(() => {
  project.remove();
});

const exportTo = (to: 'en' | 'es', options: Partial<ExportOptions> = {}) => exportXliff(project.root, { to, out: 'xliff', version: '2.0', ...options });

/** The text of one unit's element in an exported file. */
function unitXml(xliff: string, id: string): string {
  const start = xliff.indexOf(`<unit id="${id}"`) >= 0 ? xliff.indexOf(`<unit id="${id}"`) : xliff.indexOf(`<trans-unit id="${id}"`);
  const end = xliff.indexOf('unit>', start);
  return xliff.slice(start, end);
}

const stale = 'the-belarusian-ministry-of-defense-confirmed';
const missing = 'this-new-approach-is-part-of';

/** One translation made stale (its original edited past its sixth word) and one emptied (missing). */
function staleAndMissing() {
  const article = project.read(`content/${seedSlug}.md`);
  project.write(`content/${seedSlug}.md`, article.replace('although it did not provide details', 'although it gave no details'));
  const spanish = JSON.parse(project.read(`locales/es/${seedSlug}.json`)) as { blocks: Record<string, string> };
  spanish.blocks[missing] = '';
  project.write(`locales/es/${seedSlug}.json`, `${JSON.stringify(spanish, null, 2)}\n`);
}

describe('content:export', () => {
  it("writes one unit per English block of the seed and its title, each with the block's text and its translation", () => {
    const result = exportTo('es');
    expect(result).toEqual({ written: [{ file: seedXliff('es'), slug: seedSlug, counts: { ok: 21 } }], nothingToTranslate: [], errors: [] });

    const [article] = loadContent(project.root);
    const english = article!.blocks.filter((b) => b.lang === 'en');
    const document = readXliff(project.root, seedXliff('es'));
    expect(document).toMatchObject({ version: '2.0', srcLang: 'en', trgLang: 'es', original: `content/${seedSlug}.md` });
    expect(document.units.map((u) => u.id)).toEqual(['_title', ...english.map((b) => b.id)]);
    for (const block of english) {
      const unit = document.units.find((u) => u.id === block.id)!;
      expect(piecesText(unit.source)).toBe(flowText(block.versions.en!));
      expect(piecesText(unit.target!)).toBe(flowText(block.versions.es!));
      expect(unit.state).toBe('translated');
    }
    expect(piecesText(document.units[0]!.target!)).toBe(article!.title.es);
  });

  it('writes the one Spanish block into English, and no title (the article is in English)', () => {
    exportTo('en');
    const document = readXliff(project.root, seedXliff('en'));
    expect(document).toMatchObject({ srcLang: 'es', trgLang: 'en' });
    expect(document.units.map((u) => u.id)).toEqual(['la-visita-del-jefe-del-estado']);
  });

  it('gives a missing translation the state initial and no target, a stale one initial with the original it was made from and what changed', () => {
    staleAndMissing();
    const result = exportTo('es');
    expect(result.written[0]!.counts).toEqual({ ok: 19, stale: 1, missing: 1 });
    const xliff = project.read(seedXliff('es'));

    expect(unitXml(xliff, missing)).toContain('<segment state="initial">');
    expect(unitXml(xliff, missing)).not.toContain('<target');
    const staleUnit = unitXml(xliff, stale);
    expect(staleUnit).toContain('<segment state="initial">');
    expect(staleUnit).toContain('<target xml:space="preserve">El Ministerio de Defensa bielorruso confirmó su llegada');
    expect(staleUnit).toContain('<note category="original-then">Original when this translation was made: The Belarusian Ministry of Defense confirmed its arrival, although it did not provide details');
    expect(staleUnit).toContain('<note category="changed">Changed since: … arrival, although it [-did not provide-]{+gave no+} details about the …</note>');
    expect(unitXml(xliff, 'the-chief-of-the-general-staff')).toContain('<segment state="translated">');
  });

  it("gives each unit the context a translator needs: the article's title, the block's kind, the sentences around it, its page", () => {
    exportTo('es');
    const unit = unitXml(project.read(seedXliff('es')), stale);
    expect(unit).toContain(`<note category="article">Article: Belarus's chief of the General Staff visits Cuba as military ties deepen</note>`);
    expect(unit).toContain('<note category="kind">Kind: paragraph</note>');
    expect(unit).toContain('<note category="before">Before: The Chief of the General Staff of the Armed Forces of Belarus and the first Deputy Minister of Defense, Pavel Muraveiko, is on an official visit to Cuba as part of the intensification of military ties between both regimes.</note>');
    expect(unit).toContain('<note category="after">After: This new approach is part of a series of high-level exchanges that have characterized the relationship between Havana and Minsk in the past two years.</note>');
    expect(unit).toContain(`<note category="location">Page: http://localhost:3000/en/articles/${seedSlug}#${stale}</note>`);
    const heading = unitXml(project.read(seedXliff('es')), 'triangular-cooperation-and-signs-of-cuban');
    expect(heading).toContain('<note category="kind">Kind: heading</note>');
  });

  it('takes only the states asked for, and writes no file for an article with none of them', () => {
    staleAndMissing();
    const result = exportTo('es', { only: new Set(['missing', 'stale']) });
    expect(result.written[0]!.counts).toEqual({ stale: 1, missing: 1 });
    expect(readXliff(project.root, seedXliff('es')).units.map((u) => u.id)).toEqual([stale, missing]);

    const none = exportTo('en', { only: new Set(['missing']) });
    expect(none).toEqual({ written: [], nothingToTranslate: [seedSlug], errors: [] });
    expect(existsSync(path.join(project.root, seedXliff('en')))).toBe(false);
  });

  it('writes XLIFF 1.2 with the same units, states and notes', () => {
    staleAndMissing();
    exportTo('es', { version: '1.2' });
    const xliff = project.read(seedXliff('es'));
    expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">');
    expect(xliff).toContain(`<file original="content/${seedSlug}.md" source-language="en" target-language="es" datatype="x-markdown">`);
    expect(unitXml(xliff, stale)).toContain('<target state="needs-review-translation">El Ministerio');
    expect(unitXml(xliff, stale)).toContain('<note from="original-then">Original when this translation was made:');
    const document = readXliff(project.root, seedXliff('es'));
    expect(document.units).toHaveLength(21);
    expect(document.units.find((u) => u.id === missing)!.target).toBeUndefined();
  });

  it('exports nothing from content with errors', () => {
    project.write(`locales/es/${seedSlug}.json`, '{ "blocks": ');
    const result = exportTo('es');
    expect(result.written).toEqual([]);
    expect(result.errors.map(String)).toEqual([`locales/es/${seedSlug}.json:1:13: invalid JSON: a value is expected here`]);
    expect(existsSync(path.join(project.root, 'xliff'))).toBe(false);
  });
});

describe('content:export against the OASIS schemas', () => {
  /** An article with formatting, links, code, a list, a quote, a table, and states of each kind. */
  function richArticle() {
    project.write(
      'content/rich.md',
      [
        '---',
        'title: Transit strike, what runs on Monday',
        '---',
        '',
        'The *city* transit workers will **strike** on Monday, says [the union](https://example.com/union "Union"), so check `status` first.',
        '',
        '- Red line: ~~every 6 minutes~~ suspended\\',
        '  until Friday',
        '- Blue line: every 20 minutes',
        '',
        '> Nobody asked the riders what they think.',
        '',
        '| Line | Service |',
        '| :--- | ---: |',
        '| Red line | Suspended |',
        '',
        'Ferries are not affected by the strike and will keep their usual timetable.',
        '',
      ].join('\n'),
    );
    project.write('locales/es/rich.json', JSON.stringify({ blocks: { 'ferries-are-not-affected-by-the': 'Los transbordadores no se ven afectados por la huelga y mantendrán su horario habitual.' } }));
  }

  for (const version of ['2.0', '1.2'] as const) {
    it(`writes files the XLIFF ${version} schema finds valid`, async () => {
      richArticle();
      staleAndMissing();
      exportTo('es', { version });
      exportTo('en', { version });
      for (const file of [seedXliff('es'), seedXliff('en'), path.join('xliff', 'rich.en-es.xlf')]) {
        expect(await schemaErrors(project.read(file), version), file).toEqual([]);
      }
    });
  }

  it('is checked by a validator that finds what the schema forbids', async () => {
    exportTo('es');
    const xliff = project.read(seedXliff('es'));
    expect(await schemaErrors(xliff.replace(' srcLang="en"', ''), '2.0')).toEqual([expect.stringContaining("The attribute 'srcLang' is required but missing")]);
    expect(await schemaErrors(xliff.replace('<segment state="translated">', '<segment state="done">'), '2.0')).not.toEqual([]);
  });
});

describe('npm run content:export, the command', { timeout: 120_000 }, () => {
  // Its --help is tested with the other content commands' (published-ids.test.ts).
  it('exits 2 on a bad argument or an unknown article, with its usage', () => {
    for (const args of [['--to', 'fr'], ['--to', 'es', '--bogus'], ['--to', 'es', '--slug', 'no-such-article']]) {
      const { status, stderr } = runScript('content/export.ts', args, project.root);
      expect(status, args.join(' ')).toBe(2);
      expect(stderr).toContain('usage: npm run content:export');
    }
  });

  it('writes the files and says what is in each', () => {
    const { status, stdout } = runScript('content/export.ts', ['--to', 'es', '--slug', seedSlug, '--out', 'for-translators', '--xliff', '1.2'], project.root);
    expect(status).toBe(0);
    expect(stdout).toBe(`wrote for-translators/${seedSlug}.en-es.xlf: 21 units (21 ok), XLIFF 1.2\n`);
    const nothing = runScript('content/export.ts', ['--to', 'en', '--only', 'missing,stale'], project.root);
    expect(nothing.stdout).toBe(`nothing to translate into English in content/${seedSlug}.md (--only missing,stale): no file written\n`);

    project.write(`locales/es/${seedSlug}.json`, '{ "blocks": ');
    const broken = runScript('content/export.ts', ['--to', 'es', '--out', 'again'], project.root);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toBe(`error locales/es/${seedSlug}.json:1:13: invalid JSON: a value is expected here\ncontent:export: fix these first (npm run content:check shows them all); nothing was written\n`);
    expect(existsSync(path.join(project.root, 'again'))).toBe(false);
  });
});
