'use client';

import type { ReactNode } from 'react';
import { languages, otherLanguage, type Language } from '@/lib/i18n/config';
import { shownLanguage } from '@/lib/reader/shown-language';
import { useReader } from './ReaderProvider';

/**
 * One block of the article: its version in the language the view calls for (or both, side by
 * side) and the button that flips it alone to the other language.
 *
 * @param versions the block rendered by the server in each language it exists in
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
  const { view, flipped, lng, labels, toggle } = useReader();

  if (view === 'side-by-side') {
    return (
      <div id={id} className="block" data-view="side-by-side">
        <div className="pair">
          {languages.map((l) => (
            <Version key={l} lang={l} blockLang={lang} versions={versions} labelled />
          ))}
        </div>
      </div>
    );
  }

  const isFlipped = flipped.has(id);
  const base = view === 'reading' ? lng : lang;
  const target = otherLanguage(base);
  return (
    <div id={id} className="block">
      <Version lang={shownLanguage(view, lng, lang, isFlipped)} blockLang={lang} versions={versions} />
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
    </div>
  );
}

function Version({
  lang,
  blockLang,
  versions,
  labelled = false,
}: {
  lang: Language;
  blockLang: Language;
  versions: Partial<Record<Language, ReactNode>>;
  /** Side by side: name the language (on phones, where there are no column headings) and mark the original. */
  labelled?: boolean;
}) {
  const { lng, labels } = useReader();
  const version = versions[lang];
  const label = labelled && (
    <span className="version-label" lang={lng}>
      <span className="version-language">{labels.languageName[lang]}</span>
      {lang === blockLang && <span className="version-original">{labels.original}</span>}
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
    <div className="version" lang={lang} data-lang={lang} data-original={lang === blockLang || undefined}>
      {label}
      {version}
    </div>
  );
}
