'use client';

import { useState } from 'react';
import { isLanguage, type Language } from '@/lib/i18n/config';
import { useExternalValue } from '@/lib/reader/external-value';
import { numbered } from '@/lib/reader/reader';
import { paragraphPath, sentencePath } from '@/lib/site';
import { Icon } from './Icon';
import { useBlockState, useNarrow, useReader } from './ReaderProvider';

/**
 * A block's share control: a link to its paragraph page in the language it shows now (or, while
 * one of its sentences is chosen, to that sentence's page), which the phone's share sheet (or
 * the clipboard) takes; before the page's code has loaded, and without JavaScript, it is a plain
 * link to the paragraph's page. Where the link opens in another language than the page's, or
 * names a sentence, it says so, in its name and beside its icon.
 */
export function ShareButton({ id, n, blockLang }: { id: string; n: number; blockLang: Language }) {
  const { lng, slug, labels, shownIn, share, sentences } = useReader();
  const narrow = useNarrow();
  const shown = useBlockState(id, (state) => shownIn(id, state, blockLang, narrow));
  // The chosen sentence of this block as "<lang> <number>", a primitive: a choice elsewhere wakes no other block.
  const chosen = useExternalValue(sentences.current, (c) => (c?.id === id ? `${c.lang} ${c.index + 1}` : ''));
  const [sentenceLang, s = ''] = chosen.split(' ');
  const lang = isLanguage(sentenceLang) ? sentenceLang : shown;
  const [copied, setCopied] = useState(false);
  // What it shows beside its icon: the sentence's mark, and the language's code where it is not the page's.
  const mark = [s && labels.sentenceMark.replace('{{s}}', s), lang !== lng && labels.languageCode[lang]]
    .filter(Boolean)
    .join(' ');
  const shareLabel = s
    ? numbered(labels.shareSentenceIn[lang], n).replace('{{s}}', s).replace('{{mark}}', mark)
    : numbered(lang === lng ? labels.share : labels.shareIn[lang], n);
  // The name holds what the link shows, for those who speak it to a voice control.
  const label = copied ? `${shareLabel} · ${labels.copied}` : shareLabel;
  return (
    <a
      className="share"
      href={s ? sentencePath(lang, slug, id, Number(s)) : paragraphPath(lang, slug, id)}
      aria-label={label}
      title={label}
      tabIndex={-1}
      onClick={(event) => {
        event.preventDefault();
        void share(id).then((wasCopied) => {
          if (!wasCopied) return;
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        });
      }}
    >
      <Icon name="share" />
      {(copied || mark) && (
        <span className="share-note" aria-hidden="true">
          {copied ? labels.copied : mark}
        </span>
      )}
    </a>
  );
}
