'use client';

import type { ReactNode } from 'react';
import { languages, otherLanguage, type Language } from '@/lib/i18n/config';
import { spokenLanguages } from '@/lib/reader/speech';
import { ListenButton } from './ListenButton';
import { useIsRead, useUnavailable } from './NarrationProvider';
import { useBlockState, useFlipped, useHighlighted, useReader } from './ReaderProvider';

/**
 * One block of the article with its versions in both languages; the view and the flip decide,
 * in CSS, which one shows (or both, side by side), so a flip only changes an attribute. Its
 * buttons flip it alone to the other language, read it aloud and share a link to it.
 *
 * @param versions the block's body rendered by the server in each language it exists in
 */
export function BlockRow({
  id,
  lang,
  versions,
}: {
  id: string;
  lang: Language;
  versions: Partial<Record<Language, ReactNode>>;
}) {
  const { lng, labels, toggle, share } = useReader();
  const isFlipped = useFlipped(id);
  const isHighlighted = useHighlighted(id);
  const isRead = useIsRead(id);
  const unavailable = useUnavailable();
  const target = useBlockState(id, ({ view }) => otherLanguage(view === 'original' ? lang : lng));
  const cannotListen = useBlockState(id, ({ view, flipped }) =>
    unavailable(spokenLanguages(view, lng, lang, flipped.has(id))),
  );

  return (
    <div
      id={id}
      className="block"
      data-lang={lang}
      tabIndex={-1}
      data-flipped={isFlipped || undefined}
      data-highlighted={isHighlighted || undefined}
      data-reading={isRead || undefined}
      // Before hydration, the page's own script may already have flipped this block.
      suppressHydrationWarning
    >
      <div className="pair">
        {languages.map((l) => (
          <Version key={l} lang={l} blockLang={lang} versions={versions} />
        ))}
      </div>
      <div className="block-actions">
        <button
          type="button"
          className="flip"
          aria-pressed={isFlipped}
          aria-label={labels.flip[target]}
          title={labels.flip[target]}
          onClick={() => toggle(id)}
        >
          {labels.languageCode[target]}
        </button>
        <ListenButton id={id} reading={isRead} cannot={cannotListen} />
        <button
          type="button"
          className="share"
          aria-label={labels.share}
          title={labels.share}
          onClick={() => share(id)}
        >
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              d="M10 2.5v10M6 6l4-4 4 4M4.5 10v6.5h11V10"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </button>
      </div>
    </div>
  );
}

/**
 * One language's side of a block, labelled for side by side. Rendered here rather than on the
 * server: its wrapper and labels, repeated for every block, would weigh more in the page's
 * server payload than this code does in its JS.
 */
function Version({
  lang,
  blockLang,
  versions,
}: {
  lang: Language;
  blockLang: Language;
  versions: Partial<Record<Language, ReactNode>>;
}) {
  const { lng, labels } = useReader();
  const version = versions[lang];
  const isOriginal = lang === blockLang;
  // Named in side by side only: the language (on phones, without column headings) and the original.
  const label = (
    <span className="version-label" lang={lng}>
      <span className="version-language">{labels.languageName[lang]}</span>
      {isOriginal && <span className="version-original">{labels.original}</span>}
    </span>
  );

  if (version === undefined) {
    return (
      <div className="version missing" data-lang={lang}>
        {label}
        <p className="notice" lang={lng}>
          {labels.translationMissing[blockLang]}
        </p>
        <div lang={blockLang}>{versions[blockLang]}</div>
      </div>
    );
  }
  return (
    <div className="version" lang={lang} data-lang={lang} data-original={isOriginal || undefined}>
      {label}
      {version}
    </div>
  );
}
