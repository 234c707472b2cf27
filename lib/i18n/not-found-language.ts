// Next.js renders the 404 page once, for every unknown address, so it holds a section in each
// language; in the browser, before the first paint, the page keeps the one its address is in.
import { inlineScript } from '@/lib/inline-script';
import { languages } from './config';
import { languageOfPath } from './negotiate';

/** The class of the 404 page's section in each language (`NotFoundMessage`), marked by its `lang`. */
export const notFoundSectionClass = 'not-found';

/**
 * The 404 page's script at work: where the address is in a language (`read`) and the page has
 * its section, hides the other sections and sets the page's `lang` to it; any other address
 * shows them all. (`NotFoundTitle` then titles the page in the one shown.)
 *
 * Self-contained on purpose (no outer names, no helpers a compiler could inject): the script is
 * this very function's source, given `languageOfPath` rather than calling it.
 */
export function keepLanguageOfPath(
  read: typeof languageOfPath,
  supported: readonly string[],
  sectionClass: string,
): void {
  const lng = read(location.pathname, supported);
  if (!lng) return;
  const sections = document.getElementsByClassName(sectionClass);
  let keep: Element | null = null;
  for (let i = 0; i < sections.length && !keep; i++) {
    if (sections[i]!.getAttribute('lang') === lng) keep = sections[i]!;
  }
  if (!keep) return;
  document.documentElement.lang = lng;
  for (let i = 0; i < sections.length; i++) {
    if (sections[i] !== keep) (sections[i] as HTMLElement).hidden = true;
  }
}

/**
 * The 404 page's script, at the end of its body: `keepLanguageOfPath` with the site's languages.
 * Marked pure so a client module that needs only `notFoundSectionClass` leaves it out.
 */
export const keepLanguageOfPathScript = /* @__PURE__ */ inlineScript(
  keepLanguageOfPath,
  languageOfPath,
  languages,
  notFoundSectionClass,
);
