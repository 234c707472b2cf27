import { blockIds } from '@/lib/content/article';
import { ContentError } from '@/lib/content/content-error';
import type { Article, Block } from '@/lib/content/types';
import { otherLanguage } from '@/lib/i18n/config';
import { alignBlock } from './align/align-block';
import { blockLanguage } from './detect/block-language';
import { majorityLanguage, settleLanguages, type Detection } from './detect/detect-language';
import { tagForeignRuns } from './detect/language-segments';
import { assignIds, invalidIdReason } from './ids/block-ids';
import { translationKey, type ArticleTranslations } from './join/article-translations';
import { sourceHash } from './join/source-hash';
import { translationFlow } from './join/translation-flow';
import { parseArticle } from './parse/parse-article';

/** Stands in for a pinned block's detection: its pin decides, so its text is not detected. */
const undetected: Detection = { lang: 'und', confidence: 0 };

/**
 * Builds the typed article a page renders: parse, give blocks IDs, detect their languages,
 * then join each block's translation.
 *
 * @param slug the article's slug (its file name without `.md`)
 * @param source the content file's text
 * @param file the content file's path, for error messages
 * @throws ContentError naming the file and line of the first problem
 */
export function buildArticle(slug: string, source: string, file: string, translations: ArticleTranslations): Article {
  const { frontMatter, blocks: parsed } = parseArticle(source, file);

  const seen = new Map<string, number>();
  const claim = (id: string, line: number, what: string) => {
    const reason = invalidIdReason(id);
    if (reason) throw new ContentError(file, line, `${what}: ${reason}`);
    const previous = seen.get(id);
    if (previous !== undefined) throw new ContentError(file, line, `duplicate block ID "${id}" (also on line ${previous})`);
    seen.set(id, line);
  };
  for (const block of parsed) {
    if (block.attributes.id !== undefined) claim(block.attributes.id, block.line, 'pinned ID');
    for (const alias of block.attributes.aliases ?? []) claim(alias, block.line, 'alias');
  }

  const ids = assignIds(
    parsed.map((b) => ({ pinned: b.attributes.id, text: b.text })),
    parsed.flatMap((b) => b.attributes.aliases ?? []),
  );
  const own = parsed.map((b) => (b.attributes.lang ? undefined : blockLanguage(b.text)));
  const settled = settleLanguages(
    parsed.map((b, i) => ({ text: b.text, pinned: b.attributes.lang, detection: own[i] ?? undetected })),
    frontMatter.lang ?? 'en',
  );
  const lang = frontMatter.lang ?? majorityLanguage(parsed, settled.map((s) => s.lang)) ?? 'en';

  const blocks = parsed.map((block, i): Block => {
    const id = ids[i]!;
    const { lang: blockLang, confidence, decidedBy } = settled[i]!;
    const target = otherLanguage(blockLang);
    const aliases = block.attributes.aliases ?? [];
    const key = translationKey(blockIds({ id, aliases }), (k) => translations.block(slug, target, k) !== undefined);
    const translated = translations.block(slug, target, key);
    const segments = own[i]?.segments;
    const original = segments ? tagForeignRuns(block.flow, segments, blockLang) : block.flow;
    const translation = translated === undefined ? undefined : translationFlow(translated, block.flow);
    // A table is not aligned: its cells are no sentences, and pairing them by length would
    // find sound translations suspect.
    const aligned = translation && block.kind !== 'table' ? alignBlock(original, blockLang, translation) : undefined;
    const versions: Block['versions'] = { [blockLang]: aligned?.original ?? original };
    if (translation) versions[target] = aligned?.translation ?? translation;
    return {
      id,
      ...(aliases.length > 0 ? { aliases } : {}),
      kind: block.kind,
      lang: blockLang,
      confidence,
      decidedBy,
      ...(segments ? { segments } : {}),
      sourceHash: sourceHash(JSON.stringify(block.flow)),
      line: block.line,
      versions,
      ...(aligned ? { alignment: aligned.alignment } : {}),
    };
  });

  const title: Article['title'] = { [lang]: frontMatter.title };
  const translatedTitle = translations.title(slug, otherLanguage(lang));
  if (translatedTitle !== undefined) title[otherLanguage(lang)] = translatedTitle;

  return {
    slug,
    lang,
    title,
    ...(frontMatter.source ? { source: frontMatter.source } : {}),
    ...(frontMatter.published ? { published: frontMatter.published } : {}),
    blocks,
  };
}
