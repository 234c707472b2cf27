import { isLanguage, otherLanguage, type Language } from '@/lib/i18n/config';
import { memoryValue, type ReadableValue } from './external-value';

// The sentence controls. The server marks every piece of an aligned sentence with its index
// (`data-s`) and each version of a block with the bead of each of its sentences (`data-beads`,
// "0 1 1"): sentences of one bead translate each other. All this does is set attributes on them.

/** One sentence of a block: the block's ID, the version's language and the index in it. */
export interface SentenceRef {
  id: string;
  lang: Language;
  index: number;
}

/** What a peek says to screen readers: the translation, in its language. */
export interface PeekMessage {
  text: string;
  lang: Language;
}

const piece = '[data-s]';
const aligned = '.version[data-beads]';
/** A highlight the reader chose (a tap, the focus, a link) and one under the mouse. */
const chosen = 'data-hl';
const hovered = 'data-hover';

/** Every piece of the sentences of `ref`'s bead, in both versions of its block. */
function beadPieces(ref: SentenceRef): Element[] {
  const block = document.getElementById(ref.id);
  const version = block?.querySelector<HTMLElement>(`${aligned}[data-lang="${ref.lang}"]`);
  const bead = version?.dataset.beads?.split(' ')[ref.index];
  if (!block || bead === undefined) return [];
  return [...block.querySelectorAll<HTMLElement>(aligned)].flatMap((v) =>
    v.dataset.beads!.split(' ').flatMap((b, i) => (b === bead ? [...v.querySelectorAll(`[data-s="${i}"]`)] : [])),
  );
}

/** The sentence a piece (or anything inside one) belongs to. */
function sentenceOf(target: EventTarget | null): SentenceRef | undefined {
  const element = target instanceof Element ? target.closest<HTMLElement>(piece) : null;
  const version = element?.closest<HTMLElement>(aligned);
  const id = version?.closest('.block')?.id;
  const lang = version?.dataset.lang;
  if (!element || !id || !isLanguage(lang)) return undefined;
  return { id, lang, index: Number(element.dataset.s) };
}

const same = (a: SentenceRef | null | undefined, b: SentenceRef | null | undefined) =>
  Boolean(a && b && a.id === b.id && a.lang === b.lang && a.index === b.index);

function light(attribute: string, ref: SentenceRef | null) {
  for (const element of document.querySelectorAll(`[${attribute}]`)) element.removeAttribute(attribute);
  if (ref) for (const element of beadPieces(ref)) element.setAttribute(attribute, '');
}

/** The text of a bead's sentences in the version of `lang`. */
function beadText(ref: SentenceRef, lang: Language): string {
  const pieces = beadPieces(ref).filter((p) => p.closest<HTMLElement>(aligned)?.dataset.lang === lang);
  return pieces
    .map((p) => p.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The reader's sentence controls: pointing at a sentence, tapping it or focusing it highlights
 * it with its translation in the other version; where one version shows (`peeks()`), a tap or
 * Enter shows the sentence's translation right after it instead. Links and text selection keep
 * working as ever: a tap on a link or one that ends a selection does nothing here.
 *
 * @param lng the page's language: keys move through its sentences first
 * @param peeks whether a tap peeks at the translation (one version shown) or highlights
 * @param languageCode each language's code, shown at the start of a peek
 * @param linked the sentence a sentence link names, chosen from the first render
 */
export function sentenceControls(
  lng: Language,
  peeks: () => boolean,
  languageCode: Record<Language, string>,
  linked: SentenceRef | null = null,
) {
  /** The sentence the reader chose last, which the share control offers a link to. */
  const current = memoryValue<SentenceRef | null>(linked);
  const peekMessage = memoryValue<PeekMessage | null>(null);
  let peekOpen: SentenceRef | null = null;

  const choose = (ref: SentenceRef | null) => {
    current.set(ref);
    light(chosen, ref);
  };

  const closePeek = () => {
    document.querySelector('.peek')?.remove();
    peekOpen = null;
  };

  const openPeek = (ref: SentenceRef) => {
    closePeek();
    const lang = otherLanguage(ref.lang);
    const text = beadText(ref, lang);
    const last = beadPieces(ref)
      .filter((p) => p.closest<HTMLElement>(aligned)?.dataset.lang === ref.lang)
      .at(-1);
    if (!text || !last) return;
    // After the sentence's outermost inline element, so a peek is never part of a link.
    let after: Element = last;
    while (after.parentElement && !after.parentElement.matches('p, li, h2, h3, h4, h5, h6, blockquote, th, td')) {
      after = after.parentElement;
    }
    const peek = document.createElement('span');
    peek.className = 'peek';
    peek.lang = lang;
    const code = document.createElement('span');
    code.className = 'peek-code';
    code.ariaHidden = 'true';
    code.textContent = languageCode[lang];
    peek.append(code, text);
    after.after(peek);
    peekOpen = ref;
    peekMessage.set({ text, lang });
  };

  /** A tap or Enter on a sentence: peeks (or closes the peek), or highlights (or clears). */
  const act = (ref: SentenceRef) => {
    if (peeks()) {
      if (same(peekOpen, ref)) {
        closePeek();
        choose(null);
      } else {
        choose(ref);
        openPeek(ref);
      }
    } else choose(same(current.get(), ref) ? null : ref);
  };

  const onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    if (target.closest?.('.peek')) {
      closePeek();
      return choose(null);
    }
    const ref = sentenceOf(target);
    if (!ref || target.closest('a, button, label, input')) return;
    // The second click of a double click selects a word: it undoes the first one's peek.
    if (event.detail > 1) {
      if (same(peekOpen, ref)) closePeek();
      return;
    }
    if (!window.getSelection()?.isCollapsed) return;
    act(ref);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    if (event.key === 'Escape' && (peekOpen || current.get())) {
      closePeek();
      choose(null);
    } else if (event.key === 'Enter' && event.target instanceof Element && event.target.matches(piece)) {
      const ref = sentenceOf(event.target);
      if (ref) act(ref);
    } else return;
    event.preventDefault();
  };

  const onFocusIn = (event: FocusEvent) => {
    const ref = sentenceOf(event.target);
    if (ref && !same(ref, current.get())) choose(ref);
  };

  // Every element the mouse crosses fires this: relight only when it enters another sentence.
  let pointedAt: SentenceRef | null = null;
  const onPointerOver = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') return;
    const ref = sentenceOf(event.target) ?? null;
    if (ref === pointedAt || same(ref, pointedAt)) return;
    pointedAt = ref;
    light(hovered, ref);
  };

  const onSelection = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed) return;
    const start = sentenceOf(selection.anchorNode?.parentElement ?? null);
    if (start && same(start, sentenceOf(selection.focusNode?.parentElement ?? null))) current.set(start);
  };

  /**
   * Moves the focus to the next (1) or previous (-1) sentence shown, in the language of the one
   * focused; from a focused block, to its first or last; else from the first one on screen.
   */
  const move = (direction: 1 | -1) => {
    const from = sentenceOf(document.activeElement);
    const block = document.activeElement?.closest('.block');
    const lang = from?.lang ?? lng;
    const firsts = [...document.querySelectorAll<HTMLElement>(`${aligned}[data-lang="${lang}"] ${piece}`)].filter(
      (p, i, all) => !(p.dataset.s === all[i - 1]?.dataset.s && p.closest('.block') === all[i - 1]!.closest('.block')),
    );
    const shown = firsts.filter((p) => p.checkVisibility());
    const at = from ? shown.findIndex((p) => same(sentenceOf(p), from)) : -1;
    const inBlock = block ? shown.filter((p) => block.contains(p)) : [];
    const next =
      at >= 0
        ? shown[at + direction]
        : ((direction > 0 ? inBlock[0] : inBlock.at(-1)) ?? shown.find((p) => p.getBoundingClientRect().bottom > 0));
    if (!next) return;
    next.tabIndex = -1;
    next.focus();
  };

  return {
    current: current as ReadableValue<SentenceRef | null>,
    peekMessage: peekMessage as ReadableValue<PeekMessage | null>,
    move,
    /** Peeks at the focused (or chosen) sentence's translation, or closes the peek. */
    peek() {
      const ref = sentenceOf(document.activeElement) ?? current.get();
      if (ref && peeks()) act(ref);
    },
    /** Highlights `ref` (and its translation) as the sentence the reader is listening to, or none. */
    listening: (ref: SentenceRef | null) => light('data-spoken', ref),
    /** Listens to the page; returns the cleanup. */
    start(): () => void {
      const listeners = [
        ['click', onClick],
        ['keydown', onKeyDown],
        ['focusin', onFocusIn],
        ['pointerover', onPointerOver],
        ['selectionchange', onSelection],
      ] as const;
      for (const [type, listener] of listeners) document.addEventListener(type, listener as EventListener);
      return () => {
        for (const [type, listener] of listeners) document.removeEventListener(type, listener as EventListener);
        closePeek();
      };
    },
  };
}
