import 'server-only';
import { languages } from '@/lib/i18n/config';
import { languageOfPath } from '@/lib/i18n/negotiate';
import { notFoundSectionClass } from '@/lib/i18n/not-found-language';
import { inlineScript } from './inline-script';

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
 */
export const keepLanguageOfPathScript = inlineScript(
  keepLanguageOfPath,
  languageOfPath,
  languages,
  notFoundSectionClass,
);
