import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportXliff } from '@/lib/content/authoring/xliff/export';
import { importXliff } from '@/lib/content/authoring/xliff/import';
import { maxXliffBytes } from '@/lib/content/authoring/xliff/read-xliff';
import { makeProject, seedSlug, seedXliff, setTarget, type Project } from './xliff-project';

/** Every file the code under test opens or reads whole, and the bytes it reads from open files. */
const reads = vi.hoisted(() => ({ opened: [] as string[], bytes: 0 }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const openSync = ((file: string, ...rest: unknown[]) => {
    reads.opened.push(String(file));
    return (actual.openSync as (...args: unknown[]) => number)(file, ...rest);
  }) as typeof actual.openSync;
  const readSync = ((...args: unknown[]) => {
    const count = (actual.readSync as (...a: unknown[]) => number)(...args);
    reads.bytes += count;
    return count;
  }) as typeof actual.readSync;
  const readFileSync = ((file: unknown, ...rest: unknown[]) => {
    reads.opened.push(String(file));
    return (actual.readFileSync as (...a: unknown[]) => unknown)(file, ...rest);
  }) as typeof actual.readFileSync;
  const mocked = { ...actual, openSync, readSync, readFileSync };
  return { ...mocked, default: mocked };
});

let project: Project;
let exportedText: string;
const file = seedXliff('es');

beforeEach(() => {
  project = makeProject();
  exportXliff(project.root, { to: 'es', out: 'xliff', version: '2.0' });
  exportedText = project.read(file);
});

afterEach(() => {
  project.remove();
});

/** Imports `xliff` as the file, and checks that nothing at all was written. */
function refused(xliff: string | undefined, name = file) {
  if (xliff !== undefined) project.write(name, xliff);
  const before = project.files();
  reads.opened = [];
  reads.bytes = 0;
  const started = performance.now();
  const result = importXliff(project.root, name);
  const milliseconds = performance.now() - started;
  const opened = [...reads.opened];
  const { bytes } = reads;
  expect(project.files()).toEqual(before);
  expect(result.written).toBe(false);
  return { message: String(result.error), milliseconds, opened, bytes };
}

/** The file content:export wrote, before any test's edit. */
const exported = () => exportedText;
const header = '<?xml version="1.0" encoding="UTF-8"?>';
const lineOf = (xliff: string, text: string) => xliff.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('content:import refuses a bad file whole, naming it and the line, and writes nothing', () => {
  it('malformed XML', () => {
    const xliff = exported().replace('</source>', '</sauce>');
    expect(refused(xliff).message).toBe(`${file}:${lineOf(xliff, '</sauce>')}: malformed XML: unexpected close tag.`);
    expect(refused('this is not XML').message).toBe(`${file}:1: malformed XML: text data outside of root node.`);
  });

  it('an entity no DOCTYPE declares', () => {
    const xliff = setTarget(exported(), 'the-chief-of-the-general-staff', 'Hola &nbsp; mundo');
    expect(refused(xliff).message).toBe(`${file}:${lineOf(xliff, '&nbsp;')}: malformed XML: undefined entity.`);
  });

  it('a file that is not UTF-8, or says it is not', () => {
    const latin1 = Buffer.from(exported().replace('lazos militares', 'lazos militares \u00e9'), 'latin1');
    project.write(file, '');
    const descriptor = openSync(path.join(project.root, file), 'w');
    writeSync(descriptor, latin1);
    closeSync(descriptor);
    expect(refused(undefined).message).toMatch(new RegExp(`^${file}:\\d+: is not valid UTF-8 after this line: save it as UTF-8$`));
    expect(refused(exported().replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')).message).toBe(`${file}:1: declares encoding="ISO-8859-1": save it as UTF-8`);
  });

  it('a language pair the site does not translate, or not the article’s', () => {
    expect(refused(exported().replace('trgLang="es"', 'trgLang="fr"')).message).toBe(`${file}: translates en into fr: this site translates English into Spanish and Spanish into English (en→es, es→en)`);
    expect(refused(exported().replace('trgLang="es"', 'trgLang="en-US"')).message).toBe(`${file}: translates en into en-US: this site translates English into Spanish and Spanish into English (en→es, es→en)`);
    // An English-to-Spanish file said to be Spanish-to-English: its blocks are English.
    expect(refused(exported().replace('srcLang="en" trgLang="es"', 'srcLang="es" trgLang="en"')).message).toBe(
      `${file}: translates es into en, but all its blocks are written in English already: is its language pair the wrong way round? Export it again`,
    );
  });

  it('a file for another article, or for none', () => {
    project.write('content/other.md', '---\ntitle: Another article\n---\n\nA paragraph of another article, about something else entirely.\n');
    const xliff = exported().replace(`original="content/${seedSlug}.md"`, 'original="content/other.md"');
    const { message } = refused(xliff);
    // Its title is English, to translate into Spanish as this one's: only its blocks are unknown.
    const line = lineOf(xliff, 'id="the-chief-of-the-general-staff"');
    expect(message).toMatch(new RegExp(`^${file}:${line}: units "the-chief-of-the-general-staff" \\(line ${line}\\), "the-belarusian-ministry-of-defense-confirmed" \\(line \\d+\\), .* name no block of content/other.md nor an alias of one`));
    expect(message).toContain('is this file for another article');
    expect(refused(exported().replace(`original="content/${seedSlug}.md"`, 'original="content/gone.md"')).message).toBe(`${file}: is for content/gone.md, and there is no such article`);
    expect(refused(exported().replace(` original="content/${seedSlug}.md"`, '')).message).toBe(`${file}: names no article: its <file> must have original="content/<slug>.md", as content:export writes it (it has none)`);
  });

  it('a unit ID twice, or one that names no block', () => {
    const xliff = exported();
    const unit = xliff.slice(xliff.indexOf('    <unit id="the-chief'), xliff.indexOf('    <unit id="the-belarusian'));
    const twice = xliff.replace(unit, unit + unit);
    const [a, b] = twice.split('\n').flatMap((line, i) => (line.includes('<unit id="the-chief') ? [i + 1] : []));
    expect(refused(twice).message).toBe(`${file}:${b}: unit "the-chief-of-the-general-staff" comes twice (lines ${a} and ${b}): a unit ID names one block`);
    const unknown = xliff.replace('<unit id="the-chief-of-the-general-staff"', '<unit id="no-such-block"');
    expect(refused(unknown).message).toBe(
      `${file}:${lineOf(unknown, 'no-such-block')}: unit "no-such-block" (line ${lineOf(unknown, 'no-such-block')}) names no block of content/${seedSlug}.md nor an alias of one: is this file for another article, or older than a rename? Export it again`,
    );
  });

  it('a file over the size limit, unread and at once', () => {
    const big = path.join(project.root, 'xliff', 'big.xlf');
    const descriptor = openSync(big, 'w');
    writeSync(descriptor, exported());
    ftruncateSync(descriptor, 50 * 2 ** 20);
    closeSync(descriptor);
    const { message, milliseconds, bytes } = refused(undefined, path.join('xliff', 'big.xlf'));
    expect(message).toBe(`xliff/big.xlf: is 50.0 MB: an XLIFF file of one article is at most ${(maxXliffBytes / 2 ** 20).toFixed(1)} MB, so this one was not read`);
    expect(bytes).toBe(0);
    expect(milliseconds).toBeLessThan(1000);
  });

  it('an entity bomb (billion laughs), before it expands', () => {
    const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)];
    const bomb = exported().replace(header, `${header}\n<!DOCTYPE xliff [\n${entities.join('\n')}\n]>`).replace('lazos militares</target>', 'lazos militares &lol9;</target>');
    const { message, milliseconds } = refused(bomb);
    expect(message).toBe(`${file}:${lineOf(bomb, ']>')}: has a DOCTYPE, refused: an XLIFF file needs none, and the entities one declares could expand without end (an entity bomb) or read files on this machine (external entities)`);
    expect(milliseconds).toBeLessThan(1000);
  });

  it('an external entity (XXE), without reading the file it names', () => {
    const secret = path.join(project.root, 'secret.txt');
    project.write('secret.txt', 'the-secret-marker');
    const xxe = exported()
      .replace(header, `${header}\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file://${secret}">]>`)
      .replace('lazos militares</target>', 'lazos militares &xxe;</target>');
    const { message, opened } = refused(xxe);
    expect(message).toMatch(new RegExp(`^${file}:2: has a DOCTYPE, refused`));
    expect(opened.filter((name) => name.includes('secret'))).toEqual([]);
    expect(opened).toContain(path.join(project.root, file));
    expect(Object.values(project.files()).filter((text) => text.includes('the-secret-marker'))).toHaveLength(1);
  });

  it('XLIFF 1.2 and 2.0 confused: a version its namespace is not, or elements of the other version', () => {
    const xliff = exported();
    expect(refused(xliff.replace('version="2.0"', 'version="1.2"')).message).toBe(
      `${file}:2: says version="1.2" but uses the XLIFF 2.0 namespace (urn:oasis:names:tc:xliff:document:2.0): a file is one version or the other; export it again`,
    );
    expect(refused(xliff.replace('urn:oasis:names:tc:xliff:document:2.0', 'urn:oasis:names:tc:xliff:document:1.2')).message).toBe(
      `${file}:2: says version="2.0" but uses the XLIFF 1.2 namespace (urn:oasis:names:tc:xliff:document:1.2): a file is one version or the other; export it again`,
    );
    const mixed = xliff.replace('<unit id="the-chief-of-the-general-staff"', '<trans-unit id="the-chief-of-the-general-staff"').replace(/(<trans-unit[\s\S]*?<\/)unit>/, '$1trans-unit>');
    expect(refused(mixed).message).toBe(`${file}:${lineOf(mixed, '<trans-unit')}: <trans-unit> is XLIFF 1.2, but this file is XLIFF 2.0`);
    const foreign = xliff.replace('<segment state="translated">', '<segment xmlns="urn:oasis:names:tc:xliff:document:1.2" state="translated">');
    expect(refused(foreign).message).toBe(`${file}:${lineOf(foreign, 'document:1.2" state')}: <segment> is in the XLIFF 1.2 namespace, but this file is XLIFF 2.0`);
    expect(refused('<xliff version="2.2" xmlns="urn:oasis:names:tc:xliff:document:2.2"/>').message).toBe(`${file}:1: is not XLIFF 1.2 or 2.0: its root is <xliff> in namespace urn:oasis:names:tc:xliff:document:2.2`);
    expect(refused('<html><body>Hola</body></html>').message).toBe(`${file}:1: is not XLIFF 1.2 or 2.0: its root is <html> in no namespace`);
  });
});
