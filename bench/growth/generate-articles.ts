/**
 * Generates N articles of real, translated text for the growth benchmark, from the seed
 * article's paragraphs and their translations: English articles with a few Spanish paragraphs,
 * Spanish articles with a few English ones, a heading or two each. Every block has its
 * translation in the other language, and `.sources.json` hashes are recorded by content:sync's
 * own library function, as an editor's `npm run content:sync` would after a translator's work.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatJson } from '@/lib/content/authoring/atomic-write';
import { syncTranslations } from '@/lib/content/authoring/sync';
import { formatSyncResult } from '@/lib/content/authoring/sync-format';
import { readContent } from '@/lib/content/build/read-sources';
import { resourceFile } from '@/lib/content/files';
import type { TranslationResource } from '@/lib/content/schemas';
import { otherLanguage, type Language } from '@/lib/i18n/config';

const seedSlug = 'belarus-cuba-military-ties';

/** One piece of text in both languages, as Markdown (a heading's text without its `#`). */
interface Pair {
  en: string;
  es: string;
}

interface Seed {
  title: Pair;
  headings: Pair[];
  paragraphs: Pair[];
}

/** Reads the seed article and its translations from `repo`: each block's original and translation. */
export function readSeed(repo: string): Seed {
  const { articles, resources, errors } = readContent(repo);
  if (errors.length > 0) throw new Error(`the seed content has problems:\n${errors.join('\n')}`);
  const article = articles.find((a) => a.slug === seedSlug);
  if (!article) throw new Error(`content/${seedSlug}.md is missing`);
  // Block i of the article is chunk i of the Markdown after the front matter.
  const chunks = readFileSync(path.join(repo, 'content', `${seedSlug}.md`), 'utf8')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split(/\n\n+/)
    .map((chunk) => chunk.trim())
    .filter(Boolean);
  if (chunks.length !== article.blocks.length) {
    throw new Error(`the seed article has ${article.blocks.length} blocks but ${chunks.length} Markdown chunks`);
  }
  const seed: Seed = {
    title: pairOf(article.lang, article.title[article.lang]!, resources[otherLanguage(article.lang)][seedSlug]?.title),
    headings: [],
    paragraphs: [],
  };
  article.blocks.forEach((block, i) => {
    const translation = resources[otherLanguage(block.lang)][seedSlug]?.blocks?.[block.id];
    if (block.kind === 'heading') seed.headings.push(pairOf(block.lang, chunks[i]!.replace(/^#+\s+/, ''), translation));
    else if (block.kind === 'paragraph') seed.paragraphs.push(pairOf(block.lang, chunks[i]!, translation));
  });
  // The title reads as a heading too: two headings to choose from.
  seed.headings.push(seed.title);
  return seed;
}

function pairOf(lang: Language, original: string, translation: string | undefined): Pair {
  if (!translation) throw new Error(`the seed article lacks a translation of "${original.slice(0, 40)}…"`);
  return lang === 'en' ? { en: original, es: translation } : { en: translation, es: original };
}

/** A small seeded PRNG (mulberry32), so every run generates the same articles. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface PlannedBlock {
  kind: 'heading' | 'paragraph';
  lang: Language;
  pair: Pair;
}

export const blocksPerArticle = 30;

/** Article `n`'s blocks: one or two headings, two to four paragraphs in the other language. */
function planArticle(seed: Seed, n: number, lang: Language): PlannedBlock[] {
  const next = random(n + 1);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const headingAt = new Set(n % 2 === 0 ? [10] : [8, 19]);
  const foreignAt = new Set<number>();
  const foreignCount = 2 + Math.floor(next() * 3);
  while (foreignAt.size < foreignCount) {
    const at = 1 + Math.floor(next() * (blocksPerArticle - 1));
    if (!headingAt.has(at)) foreignAt.add(at);
  }
  return Array.from({ length: blocksPerArticle }, (_, i): PlannedBlock => {
    if (headingAt.has(i)) return { kind: 'heading', lang, pair: pick(seed.headings) };
    // A paragraph is one seed paragraph, or two run together (a longer one), in both languages.
    const first = pick(seed.paragraphs);
    const pair = next() < 0.25 ? joinPairs(first, pick(seed.paragraphs)) : first;
    return { kind: 'paragraph', lang: foreignAt.has(i) ? otherLanguage(lang) : lang, pair };
  });
}

const joinPairs = (a: Pair, b: Pair): Pair => ({ en: `${a.en} ${b.en}`, es: `${a.es} ${b.es}` });

export const articleSlug = (n: number) => `generated-${String(n).padStart(4, '0')}`;

/**
 * Writes `count` articles into `root/content` with complete translations in `root/locales`,
 * then records their source hashes with content:sync's `syncTranslations`.
 *
 * @returns how many blocks were written
 */
export function generateArticles(repo: string, root: string, count: number): { blocks: number } {
  const seed = readSeed(repo);
  mkdirSync(path.join(root, 'content'), { recursive: true });
  const plans = new Map<string, { lang: Language; title: Pair; blocks: PlannedBlock[] }>();
  for (let n = 1; n <= count; n++) {
    // Two English articles in three, one Spanish.
    const lang: Language = n % 3 === 0 ? 'es' : 'en';
    const slug = articleSlug(n);
    const title = { en: `${seed.title.en} (${n})`, es: `${seed.title.es} (${n})` };
    const blocks = planArticle(seed, n, lang);
    plans.set(slug, { lang, title, blocks });
    const body = blocks.map((b) => (b.kind === 'heading' ? `## ${b.pair[b.lang]}` : b.pair[b.lang]));
    writeFileSync(
      path.join(root, 'content', `${slug}.md`),
      `---\ntitle: ${JSON.stringify(title[lang])}\nlang: ${lang}\nsource:\n  name: CiberCuba\n---\n\n${body.join('\n\n')}\n`,
    );
  }

  // The IDs and languages the pipeline gives each block, to key the translations by.
  const { articles, errors } = readContent(root);
  if (errors.length > 0) throw new Error(`generated content has problems:\n${errors.join('\n')}`);
  const wrongLanguage: string[] = [];
  let blockCount = 0;
  for (const article of articles) {
    const plan = plans.get(article.slug);
    if (!plan) continue;
    if (article.blocks.length !== plan.blocks.length) {
      throw new Error(`${article.slug}: ${article.blocks.length} blocks built, ${plan.blocks.length} written`);
    }
    const resources: Record<Language, TranslationResource & { blocks: Record<string, string> }> = {
      en: { blocks: {} },
      es: { blocks: {} },
    };
    resources[otherLanguage(plan.lang)].title = plan.title[otherLanguage(plan.lang)];
    article.blocks.forEach((block, i) => {
      const planned = plan.blocks[i]!;
      if (block.lang !== planned.lang)
        wrongLanguage.push(`${article.slug}#${block.id}: written in ${planned.lang}, detected ${block.lang}`);
      const target = otherLanguage(planned.lang);
      resources[target].blocks[block.id] = planned.pair[target];
    });
    blockCount += article.blocks.length;
    for (const lng of ['en', 'es'] as const) {
      const file = path.join(root, resourceFile(lng, article.slug));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, formatJson(resources[lng]));
    }
  }
  if (wrongLanguage.length > 0) {
    throw new Error(
      `detection disagrees with the language a block was written in:\n${wrongLanguage.slice(0, 20).join('\n')}`,
    );
  }

  // What an editor runs after a translator's work: records the hash of each original.
  const sync = syncTranslations(root);
  const unexpected = sync.errors.length + sync.added.length + sync.orphans.length + sync.confirmed.length;
  if (unexpected > 0) throw new Error(`content:sync found more than hashes to record:\n${formatSyncResult(sync)}`);
  return { blocks: blockCount };
}
