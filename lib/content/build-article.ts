import { otherLanguage } from '@/lib/i18n/config';
import { assignIds, invalidIdReason } from './block-ids';
import { ContentError } from './content-error';
import { majorityLanguage, settleLanguages } from './detect-language';
import { dominantLanguage, languageSegments, tagForeignRuns } from './language-segments';
import { parseArticle, parseMarkdown } from './parse-article';
import { sourceHash } from './source-hash';
import { flowText, toFlow } from './mdast-to-flow';
import type { ArticleTranslations } from './translations';
import type { Article, Block, Flow, Inline } from './types';

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
  const segments = parsed.map((b) => (b.attributes.lang ? [] : languageSegments(b.text)));
  const settled = settleLanguages(
    parsed.map((b, i) => ({ text: b.text, pinned: b.attributes.lang, detection: dominantLanguage(segments[i]!) })),
    frontMatter.lang ?? 'en',
  );
  const lang = frontMatter.lang ?? majorityLanguage(parsed, settled.map((s) => s.lang)) ?? 'en';

  const blocks = parsed.map((block, i): Block => {
    const id = ids[i]!;
    const { lang: blockLang, confidence, decidedBy } = settled[i]!;
    const target = otherLanguage(blockLang);
    const aliases = block.attributes.aliases ?? [];
    // A translation made before the block was renamed is still its translation.
    const translated = [id, ...aliases].map((key) => translations.block(slug, target, key)).find((t) => t !== undefined);
    const mixed = new Set(segments[i]!.map((s) => s.lang)).size > 1;
    const versions: Block['versions'] = { [blockLang]: mixed ? tagForeignRuns(block.flow, segments[i]!, blockLang) : block.flow };
    if (translated !== undefined) versions[target] = translationFlow(translated, block.flow);
    return {
      id,
      ...(aliases.length > 0 ? { aliases } : {}),
      kind: block.kind,
      lang: blockLang,
      confidence,
      decidedBy,
      ...(mixed ? { segments: segments[i] } : {}),
      sourceHash: sourceHash(JSON.stringify(block.flow)),
      line: block.line,
      versions,
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

/** A translation's Markdown shaped like its original: a heading stays a heading of its depth. */
export function translationFlow(markdown: string, original: Flow): Flow {
  const nodes = parseMarkdown(markdown).children;
  const flows = nodes.flatMap((node) => toFlow(node) ?? []);

  switch (original.type) {
    case 'paragraph':
    case 'heading': {
      const children = flows.flatMap((flow, i): Inline[] => {
        const inline: Inline[] =
          flow.type === 'paragraph' || flow.type === 'heading' ? flow.children : [{ type: 'text', value: flowText(flow) }];
        return i === 0 ? inline : [{ type: 'break' }, ...inline];
      });
      return original.type === 'heading'
        ? { type: 'heading', depth: original.depth, children }
        : { type: 'paragraph', children };
    }
    case 'quote':
      return { type: 'quote', children: flows.flatMap((f) => (f.type === 'quote' ? f.children : [f])) };
    case 'list': {
      const list = flows.find((f) => f.type === 'list');
      return list ?? { ...original, items: [flows] };
    }
  }
}
