import { flowText } from '@/lib/content/article';
import { translationStatus, type TranslationStatus } from '@/lib/content/authoring/check';
import { formatWordDiff, wordDiff } from '@/lib/content/authoring/word-diff';
import { splitSentences } from '@/lib/content/build/align/split-sentences';
import { translationKeyIn } from '@/lib/content/build/join/article-translations';
import { sourceHash } from '@/lib/content/build/join/source-hash';
import type { ContentSnapshot } from '@/lib/content/build/read-sources';
import type { Article, Block } from '@/lib/content/types';
import { otherLanguage, type Language } from '@/lib/i18n/config';
import { articlePath, siteUrl } from '@/lib/site';
import { flowToInline, translationToInline } from './flow-to-inline';
import type { InlineContent } from './inline-codes';
import { titleUnitId, type Note, type OutgoingUnit } from './xliff-document';

/** One unit to translate, before the document is made: the key its translation lives under and its state. */
export interface UnitToExport {
  unit: OutgoingUnit;
  /** Where its translation is kept: a block's ID or alias, or `title`. */
  key: string;
  status: TranslationStatus;
}

/**
 * The units of `article` to translate into `trgLang`, in document order, each with the context
 * a translator needs in its notes: the article's title, the block's kind, the sentence before
 * and after it, its page address, and for a stale translation the original it was made from and
 * what changed since. The state is `initial` for a missing or stale translation and `translated`
 * for the others.
 *
 * @param snapshot what `readContent` read, the article among it
 */
export function unitsToTranslate(snapshot: ContentSnapshot, article: Article, trgLang: Language): UnitToExport[] {
  const srcLang = otherLanguage(trgLang);
  const resource = snapshot.resources[trgLang][article.slug];
  const originals = snapshot.sources[trgLang][article.slug]?.originals;
  const title = article.title[article.lang] ?? '';
  const units: UnitToExport[] = [];
  const address = (id?: string) => new URL(`${articlePath(srcLang, article.slug)}${id ? `#${id}` : ''}`, siteUrl).href;
  const context = (kind: string, before: Block | undefined, after: Block | undefined, id?: string): Note[] => [
    { category: 'article', text: `Article: ${title}` },
    { category: 'kind', text: `Kind: ${kind}` },
    ...(before ? [{ category: 'before', text: `Before: ${sentenceOf(before, 'last')}` }] : []),
    ...(after ? [{ category: 'after', text: `After: ${sentenceOf(after, 'first')}` }] : []),
    { category: 'location', text: `Page: ${address(id)}` },
  ];
  const add = (key: string, id: string, original: InlineContent, text: string, hash: string, current: string | undefined, target: () => ReturnType<typeof translationToInline>, notes: Note[]) => {
    const status = translationStatus(snapshot, { lng: trgLang, slug: article.slug, key }, current, hash);
    const then = key === 'title' ? originals?.title : originals?.blocks?.[key];
    const stale: Note[] =
      status !== 'stale'
        ? []
        : then === undefined
          ? [{ category: 'original-then', text: 'The original changed since this translation was made; its text then was not recorded.' }]
          : [
              { category: 'original-then', text: `Original when this translation was made: ${then}` },
              { category: 'changed', text: `Changed since: ${formatWordDiff(wordDiff(then, text))}` },
            ];
    const translated = status === 'missing' ? undefined : target();
    units.push({
      key,
      status,
      unit: {
        id,
        codes: [...original.codes, ...(translated?.extra ?? [])],
        source: original.pieces,
        ...(translated ? { target: translated.pieces } : {}),
        state: status === 'missing' || status === 'stale' ? 'initial' : 'translated',
        notes: [...notes, ...stale],
        base: { source: hash, translation: sourceHash(current ?? '') },
      },
    });
  };

  if (otherLanguage(article.lang) === trgLang) {
    const original = { pieces: [title], codes: [] };
    const current = resource?.title;
    add('title', titleUnitId, original, title, sourceHash(title), current, () => ({ pieces: [current ?? ''], extra: [] }), context('title', undefined, article.blocks[0]));
  }
  article.blocks.forEach((block, i) => {
    if (otherLanguage(block.lang) !== trgLang) return;
    const originalFlow = block.versions[block.lang]!;
    const original = flowToInline(originalFlow);
    const key = translationKeyIn(block, resource);
    const notes = context(block.kind, article.blocks[i - 1], article.blocks[i + 1], block.id);
    add(key, block.id, original, flowText(originalFlow), block.sourceHash, resource?.blocks?.[key], () => translationToInline(block.versions[trgLang]!, original), notes);
  });
  return units;
}

function sentenceOf(block: Block, which: 'first' | 'last'): string {
  const text = flowText(block.versions[block.lang]!);
  const sentences = splitSentences(text, block.lang);
  return (which === 'first' ? sentences[0] : sentences.at(-1)) ?? text;
}
