import type { Article } from '@/lib/content/types';
import { languages, type Language } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { views } from '@/lib/reader/reader-state';
import { BlockList } from './BlockList';
import { BlockRow } from './BlockRow';
import { FlowView } from './FlowView';
import { ReaderProvider, type ReaderLabels } from './ReaderProvider';
import { ViewSwitcher } from './ViewSwitcher';

/** The reader: the article's header, the view control and every block, in the page's language. */
export function ArticleView({ article, lng }: { article: Article; lng: Language }) {
  const t = getT(lng);
  const byLanguage = <T,>(fn: (l: Language) => T) => Object.fromEntries(languages.map((l) => [l, fn(l)])) as Record<Language, T>;
  const languageName = byLanguage((l) => t(`languageName.${l}`));
  const labels: ReaderLabels = {
    flip: byLanguage((l) => t('reader.flip', { language: languageName[l] })),
    languageCode: byLanguage((l) => t(`languageCode.${l}`)),
    languageName,
    original: t('reader.original'),
    translationMissing: byLanguage((l) => t('reader.translationMissing', { language: languageName[l] })),
  };
  const titleLang: Language = article.title[lng] === undefined ? article.lang : lng;

  return (
    <ReaderProvider lng={lng} labels={labels} blockIds={article.blocks.map((b) => b.id)}>
      <article className="article">
        <header className="article-header">
          <h1 lang={titleLang}>{article.title[titleLang]}</h1>
          <p className="byline">
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
        </header>
        <div className="toolbar">
          <ViewSwitcher label={t('reader.viewLabel')} names={Object.fromEntries(views.map((v) => [v, t(`reader.view.${v}`)])) as Record<(typeof views)[number], string>} />
        </div>
        <BlockList>
          {article.blocks.map((block) => (
            <BlockRow
              key={block.id}
              id={block.id}
              lang={block.lang}
              versions={byLanguage((l) => {
                const flow = block.versions[l];
                return flow && <FlowView flow={flow} />;
              })}
            />
          ))}
        </BlockList>
      </article>
    </ReaderProvider>
  );
}
