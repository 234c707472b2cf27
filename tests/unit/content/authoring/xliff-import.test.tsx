import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FlowView } from '@/components/article/FlowView';
import { flowText } from '@/lib/content/article';
import { buildContentReport } from '@/lib/content/authoring/check';
import { exportXliff } from '@/lib/content/authoring/xliff/export';
import { importXliff, type ImportOptions } from '@/lib/content/authoring/xliff/import';
import { loadContent } from '@/lib/content/build/read-sources';
import type { Article } from '@/lib/content/types';
import { runScript } from '@/tests/unit/support';
import { makeProject, reviseTargets, seedSlug, seedXliff, setTarget, type Project } from './xliff-project';

let project: Project;

beforeEach(() => {
  project = makeProject();
});

afterEach(() => {
  project.remove();
});

const spanishFile = `locales/es/${seedSlug}.json`;
const spanishSources = `locales/es/${seedSlug}.sources.json`;
const backupFile = `locales/es/${seedSlug}.replaced.json`;
const first = 'the-chief-of-the-general-staff';
const second = 'the-belarusian-ministry-of-defense-confirmed';

const exportTo = (to: 'en' | 'es', version: '2.0' | '1.2' = '2.0') => exportXliff(project.root, { to, out: 'xliff', version });
const importFile = (file: string, options: ImportOptions = {}) => importXliff(project.root, file, options);
const spanish = () => JSON.parse(project.read(spanishFile)) as { title: string; blocks: Record<string, string> };
/** The line of a unit's opening tag in an XLIFF file. */
const lineOf = (file: string, id: string) => project.read(file).split('\n').findIndex((line) => line.includes(`id="${id}"`)) + 1;
/** Content:check's warnings and errors: none means `content:check --strict` passes. */
const strictProblems = () => {
  const { errors, warnings } = buildContentReport(project.root);
  return [...errors, ...warnings].map((p) => `${p.file}:${p.line}: ${p.message}`);
};
/** Edits an exported file as a translator's tool would. */
const edit = (file: string, change: (xliff: string) => string) => project.write(file, change(project.read(file)));

describe('content:import: the round trip of the seed', { timeout: 120_000 }, () => {
  it('in both directions: revised targets come back, content:check --strict passes, and the built page shows them', () => {
    exportTo('es');
    exportTo('en', '1.2');
    edit(seedXliff('es'), reviseTargets);
    edit(seedXliff('en'), reviseTargets);

    const toSpanish = importFile(seedXliff('es'));
    expect(toSpanish.error).toBeUndefined();
    expect(toSpanish).toMatchObject({ refused: [], unchanged: [], written: true });
    expect(toSpanish.imported).toHaveLength(21);
    const toEnglish = importFile(seedXliff('en'));
    expect(toEnglish).toMatchObject({ imported: ['la-visita-del-jefe-del-estado'], refused: [], written: true });

    const check = runScript('content/check.ts', ['--strict'], project.root);
    expect(check.stdout).toContain('1 article(s): 0 error(s), 0 missing, 0 unrecorded, 0 stale, 0 suspect, 0 orphan(s), 0 page residue');
    expect(check.status).toBe(0);

    const build = runScript('content/build.ts', [], project.root);
    expect(build.status).toBe(0);
    const built = JSON.parse(readFileSync(path.join(project.root, '.content', 'articles', `${seedSlug}.json`), 'utf8')) as Article;
    expect(built.title.es).toBe('El jefe del Estado Mayor General de Bielorrusia visita Cuba mientras se estrechan los lazos militares (revisado)');
    for (const block of built.blocks) {
      const translation = block.versions[block.lang === 'en' ? 'es' : 'en']!;
      expect(flowText(translation), block.id).toMatch(/\(revisado\)\.?$/);
    }
    const html = renderToStaticMarkup(<FlowView flow={built.blocks[0]!.versions.es!} />);
    expect(html).toContain('entre ambos regímenes (revisado).');
  });

  it('imports an untouched export as unchanged, and writes nothing', () => {
    exportTo('es');
    const before = project.files();
    const result = importFile(seedXliff('es'));
    expect(result).toMatchObject({ imported: [], refused: [], written: false });
    expect(result.unchanged).toHaveLength(21);
    expect(project.files()).toEqual(before);
  });
});

describe('content:import: what it writes', () => {
  it('replaces a translation, keeps the one replaced in the backup file, and records the original so the block checks ok', () => {
    exportTo('es');
    const replaced = spanish().blocks[first];
    edit(seedXliff('es'), (x) => setTarget(x, first, 'Una traducción nueva, revisada por la mesa de traducción del diario.'));
    expect(importFile(seedXliff('es'))).toMatchObject({ imported: [first], replaced: { keys: [first], backup: backupFile } });
    expect(spanish().blocks[first]).toBe('Una traducción nueva, revisada por la mesa de traducción del diario.');
    expect(JSON.parse(project.read(backupFile))).toEqual({ blocks: { [first]: replaced } });
    const sources = JSON.parse(project.read(spanishSources)) as { blocks: Record<string, string>; originals: { blocks: Record<string, string> } };
    expect(sources.originals.blocks[first]).toMatch(/^The Chief of the General Staff/);
    const report = buildContentReport(project.root);
    expect(report.articles[0]!.blocks.find((b) => b.id === first)!.translation).toBe('ok');

    // A second import over it keeps both earlier translations.
    exportTo('es');
    edit(seedXliff('es'), (x) => setTarget(x, first, 'Otra traducción más, la tercera de este párrafo del artículo.'));
    importFile(seedXliff('es'));
    expect(JSON.parse(project.read(backupFile))).toEqual({ blocks: { [first]: replaced, [`${first}~2`]: 'Una traducción nueva, revisada por la mesa de traducción del diario.' } });
  });

  it('with --dry-run, says what it would import and writes nothing', () => {
    exportTo('es');
    edit(seedXliff('es'), reviseTargets);
    const before = project.files();
    const result = importFile(seedXliff('es'), { dryRun: true });
    expect(result.imported).toHaveLength(21);
    expect(result).toMatchObject({ written: false, replaced: { backup: backupFile } });
    expect(project.files()).toEqual(before);
  });

  it('fills in a missing translation, and leaves a unit with no target, or an untouched copy of its source, untranslated', () => {
    const blocks = spanish().blocks;
    project.write(spanishFile, JSON.stringify({ ...spanish(), blocks: { ...blocks, [first]: '', [second]: '' } }));
    exportTo('es');
    edit(seedXliff('es'), (x) => {
      const filled = x.replace(/(<unit id="the-chief-of-the-general-staff"[\s\S]*?<\/source>)/, '$1\n        <target>El jefe del Estado Mayor General de Bielorrusia está de visita oficial en Cuba.</target>');
      // A tool that copies the source into the target, the segment left as it was.
      return filled.replace(/(<unit id="the-belarusian-ministry-of-defense-confirmed"[\s\S]*?<source xml:space="preserve">)([\s\S]*?)(<\/source>)/, '$1$2$3\n        <target>$2</target>');
    });
    const result = importFile(seedXliff('es'));
    expect(result).toMatchObject({ imported: [first], untranslated: [second], refused: [] });
    expect(spanish().blocks[first]).toBe('El jefe del Estado Mayor General de Bielorrusia está de visita oficial en Cuba.');
    expect(spanish().blocks[second]).toBe('');
    expect(result.replaced).toBeUndefined();
  });

  it('confirms a stale translation a translator marked translated unchanged, so it checks ok', () => {
    const article = project.read(`content/${seedSlug}.md`);
    project.write(`content/${seedSlug}.md`, article.replace('although it did not provide details', 'although it gave no details'));
    exportTo('es');
    edit(seedXliff('es'), (x) => x.replace(/(<unit id="the-belarusian-ministry-of-defense-confirmed"[\s\S]*?)<segment state="initial">/, '$1<segment state="translated">'));
    const result = importFile(seedXliff('es'));
    expect(result).toMatchObject({ confirmed: [second], imported: [], refused: [] });
    expect(strictProblems()).toEqual([]);
  });

  it('takes a unit named by an alias of its block, and writes its translation where the block keeps it', () => {
    const article = project.read(`content/${seedSlug}.md`);
    project.write(`content/${seedSlug}.md`, article.replace('both regimes.', `both regimes. {#muraveiko-visit alias=${first}}`));
    exportTo('es');
    edit(seedXliff('es'), (x) => setTarget(x.replace(`<unit id="muraveiko-visit"`, `<unit id="${first}"`), first, 'Pavel Muraveiko está de visita oficial en Cuba, como parte de los lazos militares.'));
    expect(importFile(seedXliff('es'))).toMatchObject({ imported: [first], refused: [] });
    expect(spanish().blocks[first]).toBe('Pavel Muraveiko está de visita oficial en Cuba, como parte de los lazos militares.');
  });
});

describe('content:import: what it refuses, unit by unit', () => {
  it('refuses a unit whose original changed since the export, naming the file, the line and what changed; --force takes it', () => {
    exportTo('es');
    edit(seedXliff('es'), (x) => setTarget(x, second, 'El Ministerio de Defensa bielorruso confirmó su llegada, aunque no dio detalles de la agenda ni de la duración del viaje, según el medio bielorruso reform.news.'));
    const article = project.read(`content/${seedSlug}.md`);
    project.write(`content/${seedSlug}.md`, article.replace('although it did not provide details', 'although it gave no details'));
    const before = spanish();

    const result = importFile(seedXliff('es'));
    expect(result.refused.map(String)).toEqual([
      `${seedXliff('es')}:${lineOf(seedXliff('es'), second)}: unit "${second}": the original changed since the export (… arrival, although it [-did not provide-]{+gave no+} details about the …): export it again and translate that, or take this translation as it is with --force`,
    ]);
    expect(result.written).toBe(false);
    expect(spanish()).toEqual(before);

    expect(importFile(seedXliff('es'), { force: true })).toMatchObject({ imported: [second], refused: [] });
    expect(spanish().blocks[second]).toBe('El Ministerio de Defensa bielorruso confirmó su llegada, aunque no dio detalles de la agenda ni de la duración del viaje, según el medio bielorruso reform.news.');
    expect(strictProblems()).toEqual([]);
  });

  it('refuses to overwrite a translation made after the export; --force takes it and keeps the newer one in the backup', () => {
    exportTo('es');
    edit(seedXliff('es'), (x) => setTarget(x, first, 'La traducción del archivo XLIFF, hecha por el traductor.'));
    const newer = 'Una traducción más nueva, escrita a mano en locales/ después de exportar.';
    project.write(spanishFile, JSON.stringify({ ...spanish(), blocks: { ...spanish().blocks, [first]: newer } }));

    const result = importFile(seedXliff('es'));
    expect(result.refused.map(String)).toEqual([
      `${seedXliff('es')}:${lineOf(seedXliff('es'), first)}: unit "${first}": the translation in ${spanishFile} changed since the export: export it again to translate from it, or replace it with --force (it is kept in the backup file)`,
    ]);
    expect(spanish().blocks[first]).toBe(newer);

    expect(importFile(seedXliff('es'), { force: true })).toMatchObject({ imported: [first] });
    expect(spanish().blocks[first]).toBe('La traducción del archivo XLIFF, hecha por el traductor.');
    expect(JSON.parse(project.read(backupFile))).toEqual({ blocks: { [first]: newer } });
  });

  it('takes <script> and HTML typed in a target as text, and the page shows it as text', () => {
    exportTo('es');
    edit(seedXliff('es'), (x) => setTarget(x, first, 'El jefe &lt;script&gt;alert(1)&lt;/script&gt; visita <![CDATA[<b>Cuba</b>]]> hoy.'));
    expect(importFile(seedXliff('es'))).toMatchObject({ imported: [first], refused: [] });
    expect(spanish().blocks[first]).toBe('El jefe \\<script>alert(1)\\</script> visita \\<b>Cuba\\</b> hoy.');
    const block = loadContent(project.root)[0]!.blocks.find((b) => b.id === first)!;
    expect(flowText(block.versions.es!)).toBe('El jefe <script>alert(1)</script> visita <b>Cuba</b> hoy.');
    const html = renderToStaticMarkup(<FlowView flow={block.versions.es!} />);
    expect(html).toContain('El jefe &lt;script&gt;alert(1)&lt;/script&gt; visita &lt;b&gt;Cuba&lt;/b&gt; hoy.');
    expect(html).not.toContain('<script');
  });

  it('refuses a unit whose target holds an element that is not XLIFF inline markup, at its line, and imports the others', () => {
    exportTo('es');
    edit(seedXliff('es'), (x) => setTarget(setTarget(x, first, 'Hola\n<script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>'), second, 'El Ministerio confirmó su llegada.'));
    const line = project.read(seedXliff('es')).split('\n').findIndex((l) => l.startsWith('<script')) + 1;
    const result = importFile(seedXliff('es'));
    expect(result.refused.map(String)).toEqual([
      `${seedXliff('es')}:${line}: unit "${first}": its target holds <script>, which is not XLIFF inline markup: write such text escaped (&lt;script&gt;) to have it as text`,
    ]);
    expect(result.imported).toEqual([second]);
    expect(spanish().blocks[first]).not.toContain('alert');
  });

  it('refuses a unit of a block written in the target language', () => {
    exportTo('es');
    edit(seedXliff('es'), (x) => setTarget(x.replace(`<unit id="${first}"`, '<unit id="la-visita-del-jefe-del-estado"'), 'la-visita-del-jefe-del-estado', 'Otra cosa.'));
    expect(importFile(seedXliff('es')).refused.map(String)).toEqual([
      `${seedXliff('es')}:${lineOf(seedXliff('es'), 'la-visita-del-jefe-del-estado')}: unit "la-visita-del-jefe-del-estado": block "la-visita-del-jefe-del-estado" is written in the target language already: there is nothing to translate`,
    ]);
  });
});

describe('content:import: inline codes', () => {
  const rich = 'rich';
  const richFile = path.join('xliff', 'rich.en-es.xlf');
  const lead = 'the-city-transit-workers-will-strike';
  const list = 'red-line-every-6-minutes-suspended';

  beforeEach(() => {
    project.write(
      `content/${rich}.md`,
      [
        '---',
        'title: Transit strike, what runs on Monday',
        '---',
        '',
        'The *city* transit workers will strike on Monday, says [the union](https://example.com/union), so check `status` first.',
        '',
        '- Red line: every 6 minutes, suspended',
        '- Blue line: every 20 minutes',
        '',
      ].join('\n'),
    );
    exportTo('es');
  });

  const richSpanish = () => JSON.parse(project.read(`locales/es/${rich}.json`)) as { blocks: Record<string, string> };

  it('brings back links, emphasis and code around the translated words as the same Markdown', () => {
    edit(richFile, (x) =>
      setTarget(setTarget(x, lead, 'Los trabajadores del transporte de la <pc id="1" dataRefStart="d1s" dataRefEnd="d1e">ciudad</pc> harán huelga el lunes, dice <pc id="2" dataRefStart="d2s" dataRefEnd="d2e">el sindicato</pc>; consulte <ph id="3" dataRef="d3"/> antes.'), list, '<ph id="1" dataRef="d1"/>Línea roja: cada 6 minutos, suspendida<ph id="2" dataRef="d2"/>Línea azul: cada 20 minutos'),
    );
    expect(importFile(richFile)).toMatchObject({ imported: [lead, list], refused: [] });
    expect(richSpanish().blocks[lead]).toBe('Los trabajadores del transporte de la *ciudad* harán huelga el lunes, dice [el sindicato](https://example.com/union); consulte `status` antes.');
    expect(richSpanish().blocks[list]).toBe('- Línea roja: cada 6 minutos, suspendida\n- Línea azul: cada 20 minutos');
    const built = loadContent(project.root).find((a) => a.slug === rich)!;
    expect(built.blocks[1]!.versions.es!.type).toBe('list');
  });

  it('refuses a target that drops or breaks a link, naming the unit and the link', () => {
    const line = lineOf(richFile, lead);
    edit(richFile, (x) => setTarget(x, lead, 'Los trabajadores harán huelga el lunes, dice el sindicato.'));
    expect(importFile(richFile).refused.map(String)).toEqual([`${richFile}:${line}: unit "${lead}": it drops the link 2 (https://example.com/union): keep every link of the original around its translated text`]);
    edit(richFile, (x) => setTarget(x, lead, 'Los trabajadores harán huelga, dice <pc id="2" dataRefStart="d2s" dataRefEnd="d2e"> </pc>el sindicato.'));
    expect(importFile(richFile).refused.map(String)).toEqual([`${richFile}:${line}: unit "${lead}": link 2 (https://example.com/union) has no text left: keep the link around its translated text`]);
    edit(richFile, (x) => setTarget(x, lead, 'Dice <ph id="2" dataRef="d2"/> el sindicato.'));
    expect(importFile(richFile).refused.map(String)).toEqual([`${richFile}:${line}: unit "${lead}": it writes code 2 as a placeholder, but it is a span in the original: keep the codes as exported`]);
    edit(richFile, (x) => setTarget(x, lead, 'Dice <pc id="7">el sindicato</pc>.'));
    expect(importFile(richFile).refused.map(String)).toEqual([`${richFile}:${line}: unit "${lead}": it holds the code 7, which is in neither the original nor the current translation: keep the codes as exported`]);
    expect(existsSync(path.join(project.root, `locales/es/${rich}.json`))).toBe(false);
  });

  it("refuses a target that changes a list's structure", () => {
    edit(richFile, (x) => setTarget(x, list, 'Línea roja: cada 6 minutos<ph id="2" dataRef="d2"/>Línea azul'));
    expect(importFile(richFile).refused.map(String)).toEqual([
      `${richFile}:${lineOf(richFile, list)}: unit "${list}": it changes the structure of the list or quote: keep each of its structure codes (1 2) once, in order`,
    ]);
  });
});

describe('npm run content:import, the command', { timeout: 120_000 }, () => {
  // Its --help is tested with the other content commands' (published-ids.test.ts).
  it('exits 2 without a file, and 1 with what it refused', () => {
    const none = runScript('content/import.ts', [], project.root);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('content:import: name the XLIFF file to import\nusage: npm run content:import -- <file.xlf> … [--dry-run] [--force]');

    exportTo('es');
    edit(seedXliff('es'), (x) => setTarget(x, first, 'Una traducción nueva del primer párrafo del artículo.'));
    const newer = 'Escrita a mano después de exportar, más nueva que la del archivo.';
    project.write(spanishFile, JSON.stringify({ ...spanish(), blocks: { ...spanish().blocks, [second]: newer } }));
    edit(seedXliff('es'), (x) => setTarget(x, second, 'Otra del segundo.'));
    const { status, stdout } = runScript('content/import.ts', [seedXliff('es')], project.root);
    expect(status).toBe(1);
    expect(stdout).toBe(
      [
        `${seedXliff('es')} → ${spanishFile}: 1 imported, 0 confirmed, 19 unchanged, 0 untranslated, 1 refused`,
        `  imported: ${first}`,
        `  refused ${seedXliff('es')}:${lineOf(seedXliff('es'), second)}: unit "${second}": the translation in ${spanishFile} changed since the export: export it again to translate from it, or replace it with --force (it is kept in the backup file)`,
        `  replaced translations are kept in ${backupFile}: ${first}`,
        '',
      ].join('\n'),
    );

    const broken = runScript('content/import.ts', ['xliff/none.xlf'], project.root);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toBe('error xliff/none.xlf: no such file\n  nothing imported from xliff/none.xlf\n');
  });
});
