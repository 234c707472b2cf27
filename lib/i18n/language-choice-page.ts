import { inlineScript } from '@/lib/pre-paint/inline-script';
import { defaultLanguage, languages } from './config';
import { firstSupported } from './negotiate';
import { getT } from './translate';

/**
 * Sends the browser to the articles in the language it prefers by `navigator.languages`, with
 * `pick` (`firstSupported`, the rule `next start` applies to `Accept-Language`).
 * `location.replace`, like the server's redirect, leaves no history entry.
 *
 * Self-contained on purpose (no outer names, no helpers a compiler could inject): the static
 * export's `/` runs this very function's source.
 */
export function goToPreferredLanguage(
  pick: typeof firstSupported,
  supported: readonly string[],
  fallback: string,
): void {
  const n = navigator;
  const ranges = n.languages && n.languages.length ? n.languages : [n.language || ''];
  location.replace('/' + pick(ranges, supported, fallback));
}

/** The script of the static export's `/`: `goToPreferredLanguage` with the site's languages. */
export const chooseLanguageScript = inlineScript(goToPreferredLanguage, firstSupported, languages, defaultLanguage);

/** The page's stylesheet, a file beside it: the site's policy allows no inline style. */
export const languageChoiceStylesheet = 'language-choice.css';

export const languageChoiceStyles = `:root{color-scheme:light dark;--ink:light-dark(#1d1d1f,#ecebe8);--muted:light-dark(#5b5b63,#aaa9b0);--paper:light-dark(#fdfcf9,#16171a);--accent:light-dark(#0b5cad,#7fb6ff)}
body{margin:0;background:var(--paper);color:var(--ink);font:1.125rem/1.5 Charter,'Bitstream Charter',Cambria,Georgia,serif}
main{max-width:36rem;margin:0 auto;padding:4rem 1.5rem}
h1{font-size:2rem;margin:0 0 2rem}
section{margin:0 0 2rem}
.tagline{color:var(--muted);margin:0 0 .5rem}
a{color:var(--accent);font-size:1.25rem}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
`;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * `out/index.html`: where a server would redirect `/` by `Accept-Language`, a static host serves
 * this page. Its head script picks the language before anything shows; without JavaScript, it
 * offers both languages as links, each in its own language.
 */
export function languageChoicePage(): string {
  const sections = languages.map((lng) => {
    const t = getT(lng);
    return [
      `<section lang="${lng}">`,
      `<p class="tagline">${escapeHtml(t('tagline'))}</p>`,
      `<p><a href="/${lng}" hreflang="${lng}">${escapeHtml(t('switchLanguage.label', { language: t(`languageName.${lng}`) }))}</a></p>`,
      `</section>`,
    ].join('');
  });
  const siteName = escapeHtml(getT(defaultLanguage)('siteName'));
  return `<!DOCTYPE html>
<html lang="${defaultLanguage}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${siteName}</title>
<script>${chooseLanguageScript}</script>
${languages.map((lng) => `<link rel="alternate" hreflang="${lng}" href="/${lng}">`).join('\n')}
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/${languageChoiceStylesheet}">
</head>
<body>
<main>
<h1>${siteName}</h1>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
