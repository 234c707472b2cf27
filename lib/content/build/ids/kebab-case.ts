/** Lowercase ASCII letters and digits in words joined by single hyphens: article slugs and block IDs. */
export function isKebabCase(text: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
}

/**
 * Text as lowercase ASCII words joined by hyphens, as heading anchors are made: accents and
 * apostrophes dropped, any other character a word break; at most `maxWords` words, cut at a
 * word so it stays within `maxLength` (a lone longer first word is cut). '' when the text has
 * no letter or digit.
 *
 * @example kebabCase('La visita del jefe', { maxLength: 48 }) // 'la-visita-del-jefe'
 */
export function kebabCase(text: string, { maxLength, maxWords = Infinity }: { maxLength: number; maxWords?: number }): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords);

  let result = '';
  for (const word of words) {
    const longer = result ? `${result}-${word}` : word;
    if (longer.length > maxLength) break;
    result = longer;
  }
  return result || (words[0]?.slice(0, maxLength) ?? '');
}
