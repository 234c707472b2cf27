import { BlockList } from '@/components/controls/BlockList';
import { BlockRow } from '@/components/controls/BlockRow';
import { IconSymbols } from '@/components/controls/Icon';
import { ListenArticleButton } from '@/components/controls/ListenArticleButton';
import { NarrationProvider } from '@/components/controls/NarrationProvider';
import { Player } from '@/components/controls/Player';
import { ReaderNotices } from '@/components/controls/ReaderNotices';
import { ReaderProvider } from '@/components/controls/ReaderProvider';
import { ReaderShortcuts } from '@/components/controls/ReaderShortcuts';
import { ViewInputs, ViewSwitcher } from '@/components/controls/ViewSwitcher';
import { InlineScript } from '@/components/site/InlineScript';
import { JsonLd } from '@/components/site/JsonLd';
import { beadSentences, blockIds, blockText, excerpt } from '@/lib/content/article';
import type { ArticleInLanguage } from '@/lib/content/store';
import { byLanguage } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { readerControlsScript } from '@/lib/pre-paint/reader-controls';
import { storageKey } from '@/lib/reader/stored-state';
import { newsArticle } from '@/lib/seo/news-article';
import { ArticleHeader } from './ArticleHeader';
import { FlowView } from './FlowView';
import { byView, narrationLabels, readerLabels, shortcutLabels } from './labels';

/**
 * The reader: the article's header, the view control and every block, in the page's language,
 * and the article's structured data for search engines. The server renders the text; the
 * controls (`components/controls/`) only set attributes on it.
 *
 * @param focusId the block a paragraph link opened the article at
 * @param focusSentence the sentence a sentence link names in that block (from 0, in the text
 *   shown in `lng`), highlighted with its translation
 */
export function ArticleView({
  article,
  lng,
  title,
  focusId,
  focusSentence,
}: ArticleInLanguage & { focusId?: string; focusSentence?: number }) {
  const t = getT(lng);
  const labels = readerLabels(t);
  const viewNames = byView((v) => t(`reader.view.${v}`));
  const blocks = article.blocks.map(({ id, lang }) => ({ id, lang }));
  // A block's former IDs, so the browser follows old links and flips without knowing the rule.
  const formerIds = Object.fromEntries(
    article.blocks.flatMap((block) => blockIds(block).flatMap((id) => (id === block.id ? [] : [[id, block.id]]))),
  );

  const focusBlock = article.blocks.find((block) => block.id === focusId);
  // The version a sentence link counts its sentences in: the page's language, where the block has it.
  const linkedSentence =
    focusBlock && focusSentence !== undefined
      ? { id: focusBlock.id, lang: focusBlock.versions[lng] ? lng : focusBlock.lang, index: focusSentence }
      : undefined;

  const long = article.blocks.length > longArticle;
  const rows = article.blocks.map((block, i) => {
    const lit =
      block === focusBlock && linkedSentence ? beadSentences(block, linkedSentence.lang, linkedSentence.index) : {};
    return (
      <BlockRow
        key={block.id}
        id={block.id}
        n={i + 1}
        lang={block.lang}
        opening={excerpt(blockText(block, block.lang), openingLength)}
        beads={block.alignment && byLanguage((l) => block.alignment!.beads[l].join(' '))}
        versions={byLanguage((l) => {
          const flow = block.versions[l];
          return flow && <FlowView flow={flow} lit={lit[l]} />;
        })}
      />
    );
  });
  return (
    <ReaderProvider
      lng={lng}
      slug={article.slug}
      labels={labels}
      blocks={blocks}
      formerIds={formerIds}
      focusId={focusId}
      linkedSentence={linkedSentence}
    >
      <NarrationProvider labels={narrationLabels(t)}>
        <IconSymbols />
        <article className="article">
          <ArticleHeader article={article} lng={lng} title={title}>
            {blocks[0] && <ListenArticleButton firstBlockId={blocks[0].id} />}
          </ArticleHeader>
          <ViewInputs label={t('reader.viewLabel')} names={viewNames} />
          <div className="toolbar">
            <ViewSwitcher names={viewNames} />
            <ReaderShortcuts labels={shortcutLabels(t)} />
          </div>
          <ReaderNotices staleLink={t('reader.staleLink')} dismiss={t('reader.dismiss')} />
          <BlockList lng={lng} long={long}>
            {long
              ? groupsOf(rows, blocksPerGroup).map((group, i) => (
                  <div key={i} className="block-group">
                    {group}
                  </div>
                ))
              : rows}
          </BlockList>
          <InlineScript code={readerControlsScript(storageKey(lng, article.slug), formerIds)} />
          <JsonLd data={newsArticle({ article, lng, title })} />
        </article>
        <Player />
      </NarrationProvider>
    </ReaderProvider>
  );
}

/** How much of a block's opening describes its controls to assistive technology. */
const openingLength = 60;

/** From this many blocks, those out of view are not laid out until they come near. */
const longArticle = 100;

/**
 * Blocks skip layout by groups: the browser watches each group for coming into view on every
 * frame, so a few groups cost a flip far less than hundreds of blocks would (docs/performance.md).
 */
const blocksPerGroup = 20;

function groupsOf<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
