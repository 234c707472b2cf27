/**
 * `npm run content:export -- --to <en|es> [--slug <slug> …] [--only <states>] [--out <dir>]
 * [--xliff 2.0|1.2]`: writes one XLIFF file per article with the blocks (and title) to
 * translate into a language, for a translator's tool (see lib/content/authoring/xliff/export.ts).
 * Exits 1, writing nothing, when the content has errors; 2 on a bad argument or an unknown slug.
 */
import { existsSync } from 'node:fs';
import type { TranslationStatus } from '@/lib/content/authoring/check';
import { exportXliff } from '@/lib/content/authoring/xliff/export';
import { contentFile } from '@/lib/content/files';
import { isLanguage } from '@/lib/i18n/config';
import { readArguments } from '@/scripts/support/command-line';

const usage = `usage: npm run content:export -- --to <en|es> [--slug <slug> …] [--only <states>] [--out <dir>] [--xliff 2.0|1.2]
  --to <lng>       the language to translate into: en or es
  --slug <slug>    only this article (repeatable; default: every article)
  --only <states>  only blocks (and titles) whose translation is in these states, comma-separated:
                   missing, stale, unrecorded, ok, or all (default: all)
  --out <dir>      where the files go, one <slug>.<from>-<to>.xlf per article (default: xliff)
  --xliff <v>      2.0 (default), or 1.2 for tools that want the older version`;

const states: readonly TranslationStatus[] = ['missing', 'stale', 'unrecorded', 'ok'];
const languageName = { en: 'English', es: 'Spanish' } as const;

const { values, positionals } = readArguments('content:export', usage, {
  to: { type: 'string' },
  slug: { type: 'string', multiple: true },
  only: { type: 'string' },
  out: { type: 'string' },
  xliff: { type: 'string' },
});

function usageError(message: string): never {
  console.error(`content:export: ${message}\n${usage}`);
  process.exit(2);
}

const to = values.to;
if (!isLanguage(to)) usageError(to === undefined ? 'say which language to translate into: --to en or --to es' : `--to must be en or es, not "${to}"`);
if (positionals.length > 0) usageError(`unexpected ${positionals.join(' ')}: name articles with --slug`);
const version = values.xliff ?? '2.0';
if (version !== '2.0' && version !== '1.2') usageError(`--xliff must be 2.0 or 1.2, not "${version}"`);
const only = (values.only ?? 'all').split(',').map((s) => s.trim());
const unknownState = only.find((s) => s !== 'all' && !states.includes(s as TranslationStatus));
if (unknownState !== undefined) usageError(`--only takes ${[...states, 'all'].join(', ')}, not "${unknownState}"`);
const slugs = values.slug;
const unknown = (slugs ?? []).filter((slug) => !existsSync(contentFile(slug)));
if (unknown.length > 0) usageError(`no article ${unknown.map(contentFile).join(', ')}`);

const result = exportXliff(process.cwd(), {
  to,
  ...(slugs ? { slugs } : {}),
  ...(only.includes('all') ? {} : { only: new Set(only as TranslationStatus[]) }),
  out: values.out ?? 'xliff',
  version,
});
for (const error of result.errors) console.error(`error ${error}`);
if (result.errors.length > 0) {
  console.error('content:export: fix these first (npm run content:check shows them all); nothing was written');
  process.exit(1);
}
for (const { file, counts } of result.written) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const detail = states.filter((s) => counts[s]).map((s) => `${counts[s]} ${s}`).join(', ');
  console.log(`wrote ${file}: ${total} unit${total === 1 ? '' : 's'} (${detail}), XLIFF ${version}`);
}
for (const slug of result.nothingToTranslate) {
  console.log(`nothing to translate into ${languageName[to]} in ${contentFile(slug)}${values.only ? ` (--only ${values.only})` : ''}: no file written`);
}
