import { isLanguage, type Language } from '@/lib/i18n/config';
import type { SpeechRun } from './speech';

const paragraphs = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd';
const notRead = '.version-label, .notice, [aria-hidden="true"]';

/**
 * The text a block shows on screen, as runs tagged with the language of the element around
 * them (so a Spanish quote in an English paragraph is read by a Spanish voice), one array per
 * paragraph. Versions the view hides are left out; labels and notices are not read.
 *
 * @param fallback the language of text with no `lang` around it inside the block
 */
export function shownText(block: Element, fallback: Language): SpeechRun[][] {
  const result: SpeechRun[][] = [];
  const shown = [...block.querySelectorAll('.version')].filter((v) => v.getClientRects().length > 0);
  // Side by side, a missing translation shows the original again: read it once.
  const versions = shown.length > 1 ? shown.filter((v) => !v.classList.contains('missing')) : shown;
  for (const version of versions) {
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
      current.runs.push({ lang: isLanguage(lang) ? lang : fallback, text: node.textContent });
    }
  }
  return result;
}
