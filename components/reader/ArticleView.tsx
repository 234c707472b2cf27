import { InlineScript } from '@/components/InlineScript';
import type { ArticleInLanguage } from '@/lib/content/store';
import { languages, type Language } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { views } from '@/lib/reader/reader-state';
import { restoreStateScript, storageKey } from '@/lib/reader/stored-state';
import { articlePath, siteUrl } from '@/lib/site';
import { BlockList } from './BlockList';
import { BlockRow } from './BlockRow';
import { FlowView } from './FlowView';
import { ListenArticleButton } from './ListenArticleButton';
import { NarrationProvider, type NarrationLabels } from './NarrationProvider';
import { Player } from './Player';
import { ReaderNotices } from './ReaderNotices';
import { ReaderProvider, type ReaderLabels } from './ReaderProvider';
import { ReaderShortcuts, type ShortcutLabels } from './ReaderShortcuts';
import { ViewSwitcher } from './ViewSwitcher';

function byLanguage<T>(fn: (lng: Language) => T): Record<Language, T> {
  return Object.fromEntries(languages.map((l) => [l, fn(l)])) as Record<Language, T>;
}

/**
 * The reader: the article's header, the view control and every block, in the page's language.
 *
 * @param focusId the block a paragraph link opened the article at
 */
export function ArticleView({ article, lng, title, focusId }: ArticleInLanguage & { focusId?: string }) {
  const t = getT(lng);
  const languageName = byLanguage((l) => t(`languageName.${l}`));
  const labels: ReaderLabels = {
    // The name starts with the code the button shows (ES, EN): what a voice-control user says.
    flip: byLanguage((l) => t('reader.flip', { language: languageName[l], code: t(`languageCode.${l}`) })),
    languageCode: byLanguage((l) => t(`languageCode.${l}`)),
    languageName,
    original: t('reader.original'),
    translationMissing: byLanguage((l) => t('reader.translationMissing', { language: languageName[l] })),
    share: t('reader.share'),
    linkCopied: t('reader.linkCopied'),
    copyFailed: t('reader.copyFailed', { url: '{{url}}' }),
    shownIn: byLanguage((l) => t('reader.shownIn', { language: languageName[l] })),
    viewShown: byView((v) => t(`reader.viewShown.${v}`)),
  };
  const narrationLabels: NarrationLabels = {
    listenArticle: t('reader.listen.article'),
    listenBlock: t('reader.listen.block'),
    stopBlock: t('reader.listen.stopBlock'),
    player: t('reader.listen.player'),
    progress: t('reader.listen.progress', { current: '{{current}}', total: '{{total}}' }),
    pause: t('reader.listen.pause'),
    resume: t('reader.listen.resume'),
    stop: t('reader.listen.stop'),
    speed: t('reader.listen.speed'),
    readOn: t('reader.listen.readOn'),
    noVoice: byLanguage((l) => t('reader.listen.noVoice', { language: languageName[l] })),
    cannotSpeak: t('reader.listen.cannotSpeak'),
    loadFailed: t('reader.listen.loadFailed'),
  };
  const shortcutLabels: ShortcutLabels = {
    title: t('reader.shortcuts.title'),
    close: t('reader.shortcuts.close'),
    next: t('reader.shortcuts.next'),
    previous: t('reader.shortcuts.previous'),
    flip: t('reader.shortcuts.flip'),
    share: t('reader.shortcuts.share'),
    view: t('reader.shortcuts.view'),
    help: t('reader.shortcuts.help'),
    listen: t('reader.shortcuts.listen'),
    enable: t('reader.shortcuts.enable'),
  };
  // Printed under the byline (the stylesheet shows it on paper only): where to read it online.
  const url = new URL(articlePath(lng, article.slug), siteUrl).href;
  const [beforeUrl, afterUrl] = t('reader.readOnline', { url: '{{url}}' }).split('{{url}}');
  const blocks = article.blocks.map(({ id, lang, aliases }) => ({ id, lang, ...(aliases ? { aliases } : {}) }));

  const long = article.blocks.length > longArticle;
  const rows = article.blocks.map((block) => (
    <BlockRow
      key={block.id}
      id={block.id}
      lang={block.lang}
      versions={byLanguage((l) => {
        const flow = block.versions[l];
        return flow && <FlowView flow={flow} />;
      })}
    />
  ));
  return (
    <ReaderProvider lng={lng} slug={article.slug} labels={labels} blocks={blocks} focusId={focusId}>
      <NarrationProvider labels={narrationLabels} blockIds={blocks.map((b) => b.id)}>
        <article className="article">
          <header className="article-header">
            <h1 lang={title.lang}>{title.text}</h1>
            <p className="byline" lang={lng}>
              {t('reader.publishedIn', { language: languageName[article.lang] })}
              {article.source && <> · {t('reader.source', { name: article.source.name })}</>}
              {article.published && (
                <>
                  {' · '}
                  <time dateTime={article.published}>
                    {t('reader.published', {
                      date: new Intl.DateTimeFormat(lng, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(article.published)),
                    })}
                  </time>
                </>
              )}
            </p>
            <p className="print-url" lang={lng}>
              {beforeUrl}
              <a href={url}>{url}</a>
              {afterUrl}
            </p>
            {blocks[0] && <ListenArticleButton firstBlockId={blocks[0].id} />}
          </header>
          <div className="toolbar">
            <ViewSwitcher label={t('reader.viewLabel')} names={byView((v) => t(`reader.view.${v}`))} />
            <ReaderShortcuts labels={shortcutLabels} />
          </div>
          <ReaderNotices staleLink={t('reader.staleLink')} dismiss={t('reader.dismiss')} />
          <BlockList long={long}>
            {long ? groupsOf(rows, blocksPerGroup).map((group, i) => <div key={i} className="block-group">{group}</div>) : rows}
          </BlockList>
          <InlineScript code={restoreStateScript(storageKey(lng, article.slug))} />
        </article>
        <Player />
      </NarrationProvider>
    </ReaderProvider>
  );
}

/** From this many blocks, those out of view are not laid out until they come near. */
const longArticle = 100;

/**
 * Blocks skip layout by groups of this many: the browser watches each group for coming into
 * view on every frame, so 25 groups cost a flip far less than 500 blocks would.
 */
const blocksPerGroup = 20;

function groupsOf<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

function byView(fn: (view: (typeof views)[number]) => string) {
  return Object.fromEntries(views.map((v) => [v, fn(v)])) as Record<(typeof views)[number], string>;
}
