import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { repo } from '@/tests/unit/support';

// A scratch project for the XLIFF tests: the seed article and its translations, copied, and
// what the tests ask of it.

export const seedSlug = 'belarus-cuba-military-ties';

/** The seed's XLIFF file into `to`, where content:export writes it by default. */
export const seedXliff = (to: 'en' | 'es') => path.join('xliff', `${seedSlug}.${to === 'es' ? 'en-es' : 'es-en'}.xlf`);

export interface Project {
  root: string;
  write(file: string, text: string): void;
  read(file: string): string;
  /** Every file under the root, relative, with its text: to tell whether anything was written. */
  files(): Record<string, string>;
  remove(): void;
}

/** A temporary project holding a copy of the seed's content/ and locales/ (or an empty one). */
export function makeProject({ seed = true }: { seed?: boolean } = {}): Project {
  const root = mkdtempSync(path.join(os.tmpdir(), 'paralelo-xliff-'));
  for (const folder of ['content', 'locales']) {
    if (seed) cpSync(path.join(repo, folder), path.join(root, folder), { recursive: true });
  }
  for (const folder of ['content', 'locales/en', 'locales/es']) mkdirSync(path.join(root, folder), { recursive: true });
  const full = (file: string) => path.join(root, file);
  const list = (dir: string): string[] =>
    readdirSync(full(dir), { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? list(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
  return {
    root,
    write(file, text) {
      mkdirSync(path.dirname(full(file)), { recursive: true });
      writeFileSync(full(file), text);
    },
    read: (file) => readFileSync(full(file), 'utf8'),
    files: () => Object.fromEntries(list('.').sort().map((file) => [file, readFileSync(full(file), 'utf8')])),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * A translator's edit, by script: each non-empty target gets "(revisado)" before its final
 * full stop (or at its end), and the state a tool gives a segment it translated.
 */
export function reviseTargets(xliff: string): string {
  return xliff
    .replace(/(<target\b[^>]*>)([\s\S]*?)(<\/target>)/g, (_, open: string, text: string, close: string) => {
      if (!text.trim()) return open + text + close;
      const revised = text.endsWith('.') ? `${text.slice(0, -1)} (revisado).` : `${text} (revisado)`;
      return open + revised + close;
    })
    .replace(/<segment state="initial">/g, '<segment state="translated">')
    .replace(/<target state="needs-review-translation">/g, '<target state="translated">');
}

/** The target of one unit, replaced or added (a translator's edit, by script). */
export function setTarget(xliff: string, unit: string, target: string): string {
  const start = xliff.indexOf(`id="${unit}"`);
  if (start < 0) throw new Error(`no unit ${unit}`);
  const end = xliff.indexOf('unit>', start);
  const open = xliff.indexOf('<target', start);
  if (open < 0 || open > end) {
    const after = xliff.indexOf('</source>', start) + '</source>'.length;
    return `${xliff.slice(0, after)}<target>${target}</target>${xliff.slice(after)}`;
  }
  const close = xliff.indexOf('</target>', open);
  return xliff.slice(0, xliff.indexOf('>', open) + 1) + target + xliff.slice(close);
}

const schemas = path.join(repo, 'tests', 'fixtures', 'xliff-schemas');
const schemaFile = (name: string) => ({ fileName: name, contents: readFileSync(path.join(schemas, name), 'utf8') });

/** The problems the OASIS schema of `version` finds in `xliff` (none: valid). */
export async function schemaErrors(xliff: string, version: '1.2' | '2.0'): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'export.xlf', contents: xliff },
    schema: schemaFile(version === '2.0' ? 'xliff_core_2.0.xsd' : 'xliff-core-1.2-strict.xsd'),
    preload: [schemaFile('informativeCopiesOf3rdPartySchemas/w3c/xml.xsd')],
  });
  return result.errors.map((error) => error.rawMessage);
}
