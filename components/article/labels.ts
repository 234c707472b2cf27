import { byLanguage } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import type { NarrationLabels } from '@/lib/reader/narration';
import type { ReaderLabels } from '@/lib/reader/reader';
import { views, type View } from '@/lib/reader/reader-state';
import type { ShortcutLabels } from '@/components/controls/ReaderShortcuts';

// The strings the client controls show, translated on the server in the page's language: the
// browser gets the few it needs, never the translation files.

type T = ReturnType<typeof getT>;

export function byView<V>(fn: (view: View) => V): Record<View, V> {
  return Object.fromEntries(views.map((v) => [v, fn(v)])) as Record<View, V>;
}

export function readerLabels(t: T): ReaderLabels {
  const languageName = byLanguage((l) => t(`languageName.${l}`));
  const n = '{{n}}';
  return {
    flip: byLanguage((l) => t('reader.flip', { n, language: languageName[l] })),
    languageCode: byLanguage((l) => t(`languageCode.${l}`)),
    languageName,
    autonym: byLanguage((l) => getT(l)(`languageName.${l}`)),
    original: t('reader.original'),
    translationMissing: byLanguage((l) => t('reader.translationMissing', { language: languageName[l] })),
    blockName: t('reader.block.name', { n }),
    blockControls: t('reader.block.controls', { n }),
    share: t('reader.share', { n }),
    shareIn: byLanguage((l) => t('reader.shareIn', { n, language: languageName[l], code: t(`languageCode.${l}`) })),
    shareSentenceIn: byLanguage((l) =>
      t('reader.shareSentenceIn', { n, s: '{{s}}', mark: '{{mark}}', language: languageName[l] }),
    ),
    sentenceMark: t('reader.sentenceMark', { s: '{{s}}' }),
    copied: t('reader.copied'),
    linkCopied: t('reader.linkCopied'),
    linkCopiedIn: byLanguage((l) => t('reader.linkCopiedIn', { language: languageName[l] })),
    copyFailed: t('reader.copyFailed', { url: '{{url}}' }),
    shownIn: byLanguage((l) => t('reader.shownIn', { language: languageName[l] })),
    flipSideBySide: t('reader.flipSideBySide'),
    viewShown: byView((v) => t(`reader.viewShown.${v}`)),
  };
}

export function narrationLabels(t: T): NarrationLabels {
  return {
    listenArticle: t('reader.listen.article'),
    listenBlock: t('reader.listen.block', { n: '{{n}}' }),
    stopBlock: t('reader.listen.stopBlock', { n: '{{n}}' }),
    player: t('reader.listen.player'),
    progress: t('reader.listen.progress', { current: '{{current}}', total: '{{total}}' }),
    pause: t('reader.listen.pause'),
    resume: t('reader.listen.resume'),
    stop: t('reader.listen.stop'),
    speed: t('reader.listen.speed'),
    readOn: t('reader.listen.readOn'),
    noVoice: byLanguage((l) => t('reader.listen.noVoice', { language: t(`languageName.${l}`) })),
    cannotSpeak: t('reader.listen.cannotSpeak'),
    loadFailed: t('reader.listen.loadFailed'),
  };
}

export function shortcutLabels(t: T): ShortcutLabels {
  return {
    title: t('reader.shortcuts.title'),
    close: t('reader.shortcuts.close'),
    next: t('reader.shortcuts.next'),
    previous: t('reader.shortcuts.previous'),
    flip: t('reader.shortcuts.flip'),
    share: t('reader.shortcuts.share'),
    view: t('reader.shortcuts.view'),
    help: t('reader.shortcuts.help'),
    listen: t('reader.shortcuts.listen'),
    nextSentence: t('reader.shortcuts.nextSentence'),
    previousSentence: t('reader.shortcuts.previousSentence'),
    peek: t('reader.shortcuts.peek'),
    enable: t('reader.shortcuts.enable'),
  };
}
