'use client';

import type { ReactNode } from 'react';
import { languages, type Language } from '@/lib/i18n/config';
import { layoutView } from '@/lib/reader/narrow-screen';
import { numbered } from '@/lib/reader/reader';
import { readerDom } from '@/lib/reader/reader-dom';
import { spokenLanguages } from '@/lib/reader/speech';
import { ListenButton } from './ListenButton';
import { useIsRead, useUnavailable } from './NarrationProvider';
import { useBlockNote, useBlockState, useHighlighted, useNarrow, useReader } from './ReaderProvider';
import { ShareButton } from './ShareButton';

/**
 * One block of the article with its versions in both languages and its toolbar. The view and
 * the block's flip checkbox decide, in CSS, which version shows (or both, side by side), so a
 * flip works from the first paint and without JavaScript.
 *
 * @param n the block's number in the article, from 1, which names it and its controls
 * @param opening the block's first words, which describe its controls to assistive technology
 * @param versions the block's body rendered by the server in each language it exists in
 * @param beads where the block is aligned, each version's sentence-to-bead map (`"0 1 1"`): the
 *   sentence controls highlight the sentences of one bead together
 */
export function BlockRow({
  id,
  n,
  lang,
  opening,
  beads,
  versions,
}: {
  id: string;
  n: number;
  lang: Language;
  opening: string;
  beads?: Record<Language, string>;
  versions: Partial<Record<Language, ReactNode>>;
}) {
  const { lng, labels, flipTarget, toggle } = useReader();
  const narrow = useNarrow();
  const isHighlighted = useHighlighted(id);
  const isRead = useIsRead(id);
  const unavailable = useUnavailable();
  const note = useBlockNote(id);
  const target = useBlockState(id, ({ view }) => flipTarget(id, view, narrow));
  // Side by side on a wide screen shows both versions: the switch says why it does nothing.
  const bothShown = useBlockState(id, ({ view }) => layoutView(view, narrow) === 'side-by-side');
  const cannotListen = useBlockState(id, ({ view, flipped }) =>
    unavailable(spokenLanguages(layoutView(view, narrow), lng, lang, flipped.has(id))),
  );
  const openingId = `${id}-opening`;

  return (
    <div
      id={id}
      className={readerDom.block}
      data-lang={lang}
      tabIndex={-1}
      role="group"
      aria-label={numbered(labels.blockName, n)}
      data-highlighted={isHighlighted || undefined}
      data-reading={isRead || undefined}
    >
      <div className="pair">
        {languages.map((l) => (
          <Version key={l} lang={l} blockLang={lang} versions={versions} beads={beads?.[l]} />
        ))}
      </div>
      <div
        className={readerDom.controls}
        role="toolbar"
        aria-label={numbered(labels.blockControls, n)}
        aria-describedby={openingId}
      >
        <label className="flip">
          <input
            type="checkbox"
            role="switch"
            name={readerDom.flipInput}
            value={id}
            autoComplete="off"
            aria-label={numbered(labels.flip[target], n)}
            aria-describedby={openingId}
            aria-disabled={bothShown || undefined}
            onClick={bothShown ? () => toggle(id) : undefined}
          />
          {languages.map((l) => (
            <span
              key={l}
              className="flip-option"
              data-lang={l}
              data-original={l === lang || undefined}
              aria-hidden="true"
            >
              <span className="flip-code">{labels.languageCode[l]}</span>
              <span className="flip-name" lang={l}>
                {labels.autonym[l]}
              </span>
              {l === lang && <span className="flip-original">{labels.original}</span>}
            </span>
          ))}
        </label>
        <ListenButton id={id} n={n} reading={isRead} cannot={cannotListen} />
        <ShareButton id={id} n={n} blockLang={lang} />
      </div>
      {note && (
        <p className="block-note" lang={lng}>
          {note}
        </p>
      )}
      <span id={openingId} hidden lang={lang}>
        {opening}
      </span>
    </div>
  );
}

/** One language's side of a block, named by its language (and as the original) side by side. */
function Version({
  lang,
  blockLang,
  versions,
  beads,
}: {
  lang: Language;
  blockLang: Language;
  versions: Partial<Record<Language, ReactNode>>;
  beads?: string;
}) {
  const { lng, labels } = useReader();
  const version = versions[lang];
  const isOriginal = lang === blockLang;
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
    <div className="version" lang={lang} data-lang={lang} data-original={isOriginal || undefined} data-beads={beads}>
      {label}
      {version}
    </div>
  );
}
