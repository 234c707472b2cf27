import { isLanguage, type Language } from '@/lib/i18n/config';
import type { SpeechRun } from './speech';

const paragraphs = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd, th, td';
const notRead = '.version-label, .notice, .peek, [aria-hidden="true"]';

/**
 * The text a block shows on screen, as runs tagged with the language of the element around
 * them (so a Spanish quote in an English paragraph is read by a Spanish voice), one array per
 * paragraph (or table cell), each run marked with its aligned sentence where it has one. Labels, notices and
 * an open peek are not read.
 *
 * @param shown the languages the block shows, in order (from the view and its flip, not from
 *   layout, which a block far out of view may not have)
 * @param fallback the language of text with no `lang` around it inside the block
 */
export function shownText(block: Element, shown: readonly Language[], fallback: Language): SpeechRun[][] {
  const result: SpeechRun[][] = [];
  const all = shown.flatMap((l) => block.querySelector(`.version[data-lang="${l}"]`) ?? []);
  // Side by side, a missing translation shows the original again: read it once.
  const versions = all.length > 1 ? all.filter((v) => !v.classList.contains('missing')) : all;
  for (const version of versions) {
    const versionLang = version.getAttribute('data-lang');
    let current: { element: Element | null; runs: SpeechRun[] } | undefined;
    const walker = block.ownerDocument.createTreeWalker(version, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(notRead) || !node.textContent) continue;
      const element = parent.closest(paragraphs);
      if (!current || current.element !== element) {
        current = { element, runs: [] };
        result.push(current.runs);
      }
      const last = current.runs.at(-1);
      // Spaces belong to the run before them rather than split a sentence between two voices.
      if (last && !node.textContent.trim()) {
        last.text += node.textContent;
        continue;
      }
      const lang = parent.closest('[lang]')?.getAttribute('lang')?.slice(0, 2);
      const mark = parent.closest<HTMLElement>('[data-s]')?.dataset.s;
      current.runs.push({
        lang: isLanguage(lang) ? lang : fallback,
        text: node.textContent,
        ...(mark !== undefined && isLanguage(versionLang)
          ? { sentence: { version: versionLang, index: Number(mark) } }
          : {}),
      });
    }
  }
  return result;
}
