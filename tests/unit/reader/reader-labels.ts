import type { ReaderLabels } from '@/lib/reader/reader';

/** The reader's labels in English, as tests of the reader and its controls use them. */
export const labels: ReaderLabels = {
  flip: { en: 'Show paragraph {{n}} in English', es: 'Show paragraph {{n}} in Spanish' },
  languageCode: { en: 'EN', es: 'ES' },
  languageName: { en: 'English', es: 'Spanish' },
  autonym: { en: 'English', es: 'español' },
  blockName: 'Paragraph {{n}}',
  blockControls: 'Controls of paragraph {{n}}',
  shareIn: {
    en: 'Share paragraph {{n}} in EN: the link opens in English',
    es: 'Share paragraph {{n}} in ES: the link opens in Spanish',
  },
  shareSentenceIn: {
    en: 'Share {{mark}}: sentence {{s}} of paragraph {{n}}, the link opens in English',
    es: 'Share {{mark}}: sentence {{s}} of paragraph {{n}}, the link opens in Spanish',
  },
  sentenceMark: 'S{{s}}',
  copied: 'Copied',
  linkCopiedIn: { en: 'Link copied: it opens in English', es: 'Link copied: it opens in Spanish' },
  flipSideBySide: 'Side by side shows both languages: flip a paragraph in the reading view.',
  original: 'Original',
  translationMissing: {
    en: 'Translation missing: this paragraph is shown as published, in English.',
    es: 'Translation missing: this paragraph is shown as published, in Spanish.',
  },
  share: 'Share paragraph {{n}}',
  linkCopied: 'Link copied',
  copyFailed: 'Copy this link: {{url}}',
  shownIn: { en: 'Paragraph shown in English', es: 'Paragraph shown in Spanish' },
  viewShown: { reading: 'Reading view', 'side-by-side': 'Side by side view', original: 'As published view' },
};
