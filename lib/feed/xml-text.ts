/**
 * Characters XML 1.0 allows nowhere, not even escaped: C0 controls other than tab and line ends,
 * lone surrogates, U+FFFE and U+FFFF.
 */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * `text` without the characters no XML document may hold (a control character pasted in with
 * an article would make a strict reader reject the whole feed); escaping is the feed library's.
 */
export function xmlText(text: string): string {
  return text.replace(notXmlChar, '');
}
