/**
 * `npm run content:new -- <file.txt> [--slug <slug>] [--title <title>] [--keep-all]`: makes
 * content/<slug>.md from a plain-text article (see lib/content/authoring/plain-text-import.ts),
 * leaving out page residue ("Advertisement", "Filed under:"…) unless --keep-all and naming each
 * line left out, then adds its keys to locales/ for the translators.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { plainTextToArticle } from '@/lib/content/authoring/plain-text-import';
import { invalidSlugReason } from '@/lib/content/build/ids/slug';
import { contentFile } from '@/lib/content/files';
import { syncTranslations } from '@/lib/content/authoring/sync';
import { formatSyncResult } from '@/lib/content/authoring/sync-format';

const usage = 'usage: npm run content:new -- <file.txt> [--slug <slug>] [--title <title>] [--keep-all]';

function fail(message: string): never {
  console.error(`content:new: ${message}`);
  process.exit(1);
}

function failOnArguments(message: string): never {
  console.error(`content:new: ${message}\n${usage}`);
  process.exit(2);
}

function parseArguments(): { file: string; slug?: string; title?: string; keepAll: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        slug: { type: 'string' },
        title: { type: 'string' },
        'keep-all': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    failOnArguments((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const [file, ...extra] = positionals;
  if (file === undefined) failOnArguments('name the text file to turn into an article');
  if (extra.length > 0) failOnArguments(`one file at a time, not also ${extra.join(', ')}`);
  const slugProblem = values.slug === undefined ? undefined : invalidSlugReason(values.slug);
  if (slugProblem) failOnArguments(slugProblem);
  if (values.title?.trim() === '') failOnArguments('--title must not be empty');
  return { file, slug: values.slug, title: values.title, keepAll: values['keep-all'] === true };
}

function readText(file: string): string {
  // npm runs scripts from the project root; a relative path is relative to where npm was run.
  const full = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    fail(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : message}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${file} is not UTF-8 text: save it with UTF-8 encoding and try again`);
  }
}

const { file, ...options } = parseArguments();
const text = readText(file);

let article;
try {
  article = plainTextToArticle(text, options);
} catch (error) {
  fail(`${file}: ${(error as Error).message}`);
}
const { slug, markdown, leftOut } = article;

const root = process.cwd();
const target = contentFile(slug);
if (!existsSync(path.join(root, 'content'))) fail(`no content/ folder in ${root}: run this from the project's root`);
try {
  writeFileSync(path.join(root, target), markdown, { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  fail(`${target} already exists: give another --slug, or edit that file`);
}
console.log(`created ${target}`);
for (const { line, text: residue, kind } of leftOut) {
  console.log(`left out page residue: line ${line} ${JSON.stringify(residue)} (${kind})`);
}

let result;
try {
  result = syncTranslations(root, { slugs: [slug] });
} catch (error) {
  fail(`${target} is written, but adding its keys to locales/ failed (${(error as Error).message}): fix that, then run npm run content:sync`);
}
console.log(formatSyncResult(result));

const next = [
  `fill in lang, published and source in ${target}, or delete their lines`,
  ...(leftOut.length > 0
    ? [`if a line left out is article text, add it to ${target} ending with {lang=en} or {lang=es}, then run npm run content:sync`]
    : []),
  ...result.added.map((change) => `translate the empty values in ${change.file}`),
  'run npm run content:check',
];
console.log(['', 'Next:', ...next.map((step) => `  - ${step}`)].join('\n'));
process.exitCode = result.errors.length > 0 ? 1 : 0;
