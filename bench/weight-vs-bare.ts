/**
 * `npm run bench:weight`: the JavaScript each page makes the browser load, against a bare
 * Next.js page (`bench/bare-app/`) built in the same run with the same Next.js. Target: the
 * reader loads at most 10 KB (gzip) more than the bare page, and no server-only code.
 */
import { articlePath } from '@/lib/site';
import {
  bareApp,
  isMain,
  kb,
  nextVersion,
  passOrMiss,
  runInfo,
  runStandalone,
  seedSlug,
  type BenchResult,
} from './common';
import { measurePageWeights, type PageWeight } from './page-weight';

/** The reader may load this much more JavaScript (gzip) than a bare Next.js page. */
export const readerBudgetBytes = 10 * 1024;

export interface WeightVsBare {
  bare: PageWeight;
  pages: (PageWeight & { reader: boolean; extraGzipBytes: number; ratio: number })[];
  /** The heavier reader's JS gzip minus the bare page's. */
  readerExtraGzipBytes: number;
  pass: boolean;
}

const signedKb = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}`;

/** The readers' scripts the bare page does not load (by content), largest first: where the extra weight is. */
function extraScripts(bare: PageWeight, readers: PageWeight[]): string[] {
  const shared = new Set(bare.files.map((f) => f.sha256));
  const extra = new Map<string, PageWeight['files'][number]>();
  for (const reader of readers)
    for (const file of reader.files) if (!shared.has(file.sha256)) extra.set(file.sha256, file);
  if (extra.size === 0) return [];
  const rows = [...extra.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
  return [
    `Scripts of the reader the bare page does not load (same content counted once; a script Next.js also ships to the bare page, but built differently, shows here too):`,
    '',
    '| script | JS | JS gzip |',
    '| --- | ---: | ---: |',
    ...rows.map((f) => `| \`${new URL(f.url).pathname}\` | ${kb(f.bytes)} | ${kb(f.gzipBytes)} |`),
    '',
  ];
}

export async function benchWeightVsBare(appURL: string): Promise<BenchResult<WeightVsBare>> {
  const reference = await bareApp();
  const [bare] = await measurePageWeights(reference.url, ['/']);
  const paths = ['/en', '/es', articlePath('en', seedSlug), articlePath('es', seedSlug)];
  const weights = await measurePageWeights(appURL, paths);
  const pages = weights.map((w) => ({
    ...w,
    reader: w.path.includes('/articles/'),
    extraGzipBytes: w.jsGzipBytes - bare!.jsGzipBytes,
    ratio: w.jsGzipBytes / bare!.jsGzipBytes,
  }));
  const readerExtraGzipBytes = Math.max(...pages.filter((p) => p.reader).map((p) => p.extraGzipBytes));
  const leaks = pages.some((p) => p.leaks.length > 0);
  const pass = readerExtraGzipBytes <= readerBudgetBytes && !leaks;
  const verdict =
    readerExtraGzipBytes <= readerBudgetBytes
      ? `PASS, ${kb(readerBudgetBytes - readerExtraGzipBytes)} under budget`
      : `MISS by ${kb(readerExtraGzipBytes - readerBudgetBytes)}`;

  const lines = [
    '## Page weight against a bare Next.js page (`npm run bench:weight`)',
    '',
    ...runInfo(),
    `- Reference: \`bench/bare-app/\` (a layout with html and body, a page with a heading and a paragraph), built in the same run with Next.js ${nextVersion()} and served by \`next start\` (built in ${reference.buildSeconds.toFixed(1)} s)`,
    '',
    'JavaScript the page fetched in Chromium (module scripts; `noModule` polyfills are not fetched), gzip level 6;',
    '"vs bare" is the page\'s JS gzip minus the bare page\'s, and as a ratio of it.',
    '',
    '| page | scripts | JS | JS gzip | vs bare | ratio | HTML | HTML gzip | server-only code in JS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    `| bare Next.js page (reference) | ${bare!.scripts} | ${kb(bare!.jsBytes)} | ${kb(bare!.jsGzipBytes)} | | 1.00 | ${kb(bare!.htmlBytes)} | ${kb(bare!.htmlGzipBytes)} | |`,
    ...pages.map(
      (p) =>
        `| \`${p.path}\` | ${p.scripts} | ${kb(p.jsBytes)} | ${kb(p.jsGzipBytes)} | ${signedKb(p.extraGzipBytes)} | ${p.ratio.toFixed(2)} | ${kb(p.htmlBytes)} | ${kb(p.htmlGzipBytes)} | ${p.leaks.join(', ') || 'none'} |`,
    ),
    '',
    ...extraScripts(
      bare!,
      pages.filter((p) => p.reader),
    ),
    `Target: the reader loads at most bare + ${kb(readerBudgetBytes)} of JS (gzip), and no server-only code (franc, i18next, the article's translations). ` +
      `Reader: bare ${signedKb(readerExtraGzipBytes)}: **${verdict}**${leaks ? '; **server-only code found (MISS)**' : ''}.`,
    '',
  ];
  console.log(
    `page weight: reader JS gzip = bare ${signedKb(readerExtraGzipBytes)} → ${passOrMiss(pass)} (${verdict})`,
  );
  return { figures: { bare: bare!, pages, readerExtraGzipBytes, pass }, lines };
}

if (isMain(import.meta.url)) await runStandalone('weight', benchWeightVsBare);
