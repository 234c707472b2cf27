'use client';

import { useCallback, useEffect, useRef } from 'react';
import { moveFocus } from '@/lib/reader/blocks-on-screen';
import { storedValue, useExternalValue } from '@/lib/reader/external-value';
import { useNarration } from './NarrationProvider';
import { useReader } from './ReaderProvider';

export interface ShortcutLabels {
  title: string;
  close: string;
  next: string;
  previous: string;
  flip: string;
  share: string;
  view: string;
  help: string;
  listen: string;
  nextSentence: string;
  previousSentence: string;
  peek: string;
  enable: string;
}

const keys = ['j', 'k', '.', ',', 'p', 't', 's', 'l', 'v', '?'] as const;
const textEntry =
  'input:not([type="checkbox"], [type="radio"]), textarea, select, [contenteditable]:not([contenteditable="false"]), dialog';
const describe = {
  j: 'next',
  k: 'previous',
  '.': 'nextSentence',
  ',': 'previousSentence',
  p: 'peek',
  t: 'flip',
  s: 'share',
  l: 'listen',
  v: 'view',
  '?': 'help',
} as const;

// Single keys can be turned off (WCAG 2.1.4): a reader using speech input, or one who types
// letters by accident, would otherwise set them off. Remembered for the whole site.
const shortcutsOn = storedValue(
  'paralelo:shortcuts',
  (text) => text !== 'off',
  (on) => (on ? '' : 'off'),
);

/**
 * Keyboard shortcuts for the reader, and the dialog (and its button) that lists them:
 * `j`/`k` next/previous block, `.`/`,` next/previous sentence, `p` peek at the focused
 * sentence's translation, `t` flip, `s` share, `l` listen from the focused block (or the first
 * in view), `v` next view, `?` this help. Keys do nothing while typing in a field or with
 * Ctrl, Alt or Meta held, or once the reader turned them off in the dialog.
 */
export function ReaderShortcuts({ labels }: { labels: ShortcutLabels }) {
  const { showNextView, toggle, sentences } = useReader();
  const { listen } = useNarration();
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const enabled = useExternalValue(shortcutsOn);
  const open = useCallback(() => {
    // Opened with the focus on the page itself: closing gives it to this button, not to <body>.
    if (document.activeElement === document.body) button.current?.focus({ preventScroll: true });
    dialog.current?.showModal();
    // Not `autoFocus`: rendered as an attribute, it makes Chromium log a notice on pages opened at a #block.
    close.current?.focus();
  }, []);

  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      // Letters typed into a field are text; the flip switches and view radios take them as shortcuts.
      if (target?.closest(textEntry)) return;

      const focused = document.activeElement?.closest<HTMLElement>('.block');
      switch (event.key) {
        case 'j':
        case 'k':
          moveFocus(focused, event.key === 'j' ? 1 : -1);
          break;
        case '.':
        case ',':
          sentences.move(event.key === '.' ? 1 : -1);
          break;
        case 'p':
          sentences.peek();
          break;
        case 't':
          if (focused) toggle(focused.id);
          break;
        case 's':
          // As its share link would: the link then shows that it copied.
          focused?.querySelector<HTMLElement>('a.share')?.click();
          break;
        case 'l':
          listen(focused?.id);
          break;
        case 'v':
          showNextView();
          break;
        case '?':
          open();
          break;
        default:
          return;
      }
      event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, showNextView, toggle, sentences, listen, open]);

  return (
    <>
      <button ref={button} type="button" className="shortcuts-button" aria-haspopup="dialog" onClick={open}>
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{labels.title}</span>
      </button>
      <dialog ref={dialog} className="shortcuts" aria-labelledby="shortcuts_title">
        <h2 id="shortcuts_title">{labels.title}</h2>
        <dl>
          {keys.map((key) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{labels[describe[key]]}</dd>
            </div>
          ))}
        </dl>
        <label className="shortcuts-toggle">
          <input type="checkbox" checked={enabled} onChange={(e) => shortcutsOn.set(e.target.checked)} />
          {labels.enable}
        </label>
        <form method="dialog">
          <button ref={close} type="submit">
            {labels.close}
          </button>
        </form>
      </dialog>
    </>
  );
}
