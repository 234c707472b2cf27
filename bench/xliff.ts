/**
 * `npm run bench:xliff`: what content:export and content:import cost. The size of the seed's
 * export (into Spanish and into English, XLIFF 2.0 and 1.2), then, in a temporary project, the
 * time to export a generated article of 5,000 translated blocks and to import it back with
 * every target revised. Writes the `xliff` section of docs/BENCHMARKS.md.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { flowText } from '@/lib/content/article';
import { syncTranslations } from '@/lib/content/authoring/sync';
import { exportXliff, xliffFileName } from '@/lib/content/authoring/xliff/export';
import { importXliff } from '@/lib/content/authoring/xliff/import';
import { loadContent, readContent } from '@/lib/content/build/read-sources';
import { runInfo } from './common';
import { writeReportSection } from './report-section';

const blocks = Number(process.env.BENCH_XLIFF_BLOCKS ?? 5000);
const seedSlug = 'belarus-cuba-military-ties';
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** Milliseconds `fn` takes, once. */
function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'paralelo-bench-xliff-'));
try {
  // The seed, as it is: each direction, each version.
  const seed = path.join(scratch, 'seed');
  for (const folder of ['content', 'locales']) cpSync(folder, path.join(seed, folder), { recursive: true });
  const sizes: string[] = [];
  for (const to of ['es', 'en'] as const) {
    const cells = (['2.0', '1.2'] as const).map((version) => {
      const out = `out-${version}`;
      const { written } = exportXliff(seed, { to, out, version });
      const units = Object.values(written[0]!.counts).reduce((a, b) => a + b, 0);
      return `${kilobytes(statSync(path.join(seed, out, xliffFileName(seedSlug, to))).size)} (${units} unit${units === 1 ? '' : 's'})`;
    });
    sizes.push(`| seed, into ${to === 'es' ? 'Spanish' : 'English'} | ${cells.join(' | ')} |`);
  }

  // A generated article: the seed's English paragraphs and their Spanish translations, numbered.
  const large = path.join(scratch, 'large');
  for (const lng of ['en', 'es']) mkdirSync(path.join(large, 'locales', lng), { recursive: true });
  mkdirSync(path.join(large, 'content'));
  const [article] = loadContent(process.cwd(), { slugs: [seedSlug] });
  const spanish = JSON.parse(readFileSync(path.join('locales', 'es', `${seedSlug}.json`), 'utf8')) as {
    blocks: Record<string, string>;
  };
  const pairs = article!.blocks
    .filter((b) => b.lang === 'en' && b.kind === 'paragraph')
    .map((b) => ({ en: b, es: spanish.blocks[b.id]! }));
  // The seed has no inline Markdown: a paragraph's text is its Markdown.
  const body = Array.from(
    { length: blocks },
    (_, i) => `${i + 1} — ${flowText(pairs[i % pairs.length]!.en.versions.en!)}`,
  );
  writeFileSync(
    path.join(large, 'content', 'large.md'),
    `---\ntitle: A generated article of ${blocks} paragraphs\nlang: en\n---\n\n${body.join('\n\n')}\n`,
  );
  const ids = loadContent(large)[0]!.blocks.map((b) => b.id);
  const translations = Object.fromEntries(ids.map((id, i) => [id, `${i + 1} — ${pairs[i % pairs.length]!.es}`]));
  writeFileSync(
    path.join(large, 'locales', 'es', 'large.json'),
    JSON.stringify({ title: `Un artículo generado de ${blocks} párrafos`, blocks: translations }),
  );
  syncTranslations(large);

  const read = timed(() => readContent(large, { slugs: ['large'] }));
  const exported = timed(() => exportXliff(large, { to: 'es', out: 'xliff', version: '2.0' }));
  const file = path.join('xliff', xliffFileName('large', 'es'));
  const bytes = statSync(path.join(large, file)).size;
  const xliff = readFileSync(path.join(large, file), 'utf8');
  writeFileSync(path.join(large, file), xliff.replace(/<\/target>/g, ' (revisado)</target>'));
  const imported = timed(() => importXliff(large, file));
  if (imported.value.imported.length !== blocks + 1)
    throw new Error(
      `imported ${imported.value.imported.length} units of ${blocks + 1}: ${imported.value.error ?? imported.value.refused[0]}`,
    );

  const report = [
    '## XLIFF export and import (`npm run bench:xliff`)',
    '',
    ...runInfo(),
    '',
    '| export of | XLIFF 2.0 | XLIFF 1.2 |',
    '| --- | ---: | ---: |',
    ...sizes,
    '',
    `| ${blocks.toLocaleString('en')} translated blocks, in one process | result |`,
    '| --- | ---: |',
    `| reading the article (parse, detect, align), which both steps start with | ${(read.ms / 1000).toFixed(1)} s |`,
    `| content:export into Spanish, XLIFF 2.0 (${blocks + 1} units with notes) | ${(exported.ms / 1000).toFixed(1)} s, ${megabytes(bytes)} |`,
    `| content:import of it, every target revised (${imported.value.imported.length} imported) | ${(imported.ms / 1000).toFixed(1)} s |`,
    '',
    'Both times include reading the article; the import refuses files over 32 MB unread.',
  ].join('\n');
  writeReportSection('docs/BENCHMARKS.md', 'xliff', report);
  console.log(report);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
