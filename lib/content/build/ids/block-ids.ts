import { isKebabCase, kebabCase } from './kebab-case';

/** The longest a block ID may be, so links stay short enough to read and share. */
export const maxIdLength = 48;

/** How many opening words make an ID: edits further into a block never change it. */
const idWords = 6;

/** Why `id` cannot be a block ID, or undefined when it can. */
export function invalidIdReason(id: string): string | undefined {
  if (id.length > maxIdLength) return `block ID "${id}" is longer than ${maxIdLength} characters`;
  if (!isKebabCase(id)) {
    return `block ID "${id}" may only hold lowercase ASCII letters, digits and single hyphens`;
  }
  if (/^\d+$/.test(id)) return `block ID "${id}" needs a letter: translation files would sort an all-digit key first`;
  return undefined;
}

/**
 * A readable ID from a block's opening words, like a heading anchor: lowercase ASCII, accents
 * dropped, words joined by hyphens, at most six words and 48 characters, cut at a word.
 *
 * @example idFromText('La visita del jefe del Estado Mayor…') // 'la-visita-del-jefe-del-estado'
 */
export function idFromText(text: string): string {
  const id = kebabCase(text, { maxLength: maxIdLength, maxWords: idWords });
  // An all-digit key would jump to the front of every JSON object that holds it.
  return /^\d*$/.test(id) ? `block${id ? `-${id}` : ''}` : id;
}

/**
 * Gives every block a unique ID: pinned IDs as written, the rest from their opening words,
 * with `-2`, `-3`… on repeats in document order.
 *
 * @param blocks each block's pinned ID, if any, and its text
 * @param reserved IDs no derived ID may take (aliases of renamed blocks)
 * @returns IDs in the same order; pinned duplicates are left for the caller to report
 */
export function assignIds(blocks: readonly { pinned?: string; text: string }[], reserved: Iterable<string> = []): string[] {
  const taken = new Set([...reserved, ...blocks.flatMap((b) => (b.pinned ? [b.pinned] : []))]);
  return blocks.map(({ pinned, text }) => {
    if (pinned) return pinned;
    const base = idFromText(text);
    let id = base;
    for (let n = 2; taken.has(id); n++) {
      const suffix = `-${n}`;
      id = base.slice(0, maxIdLength - suffix.length).replace(/-$/, '') + suffix;
    }
    taken.add(id);
    return id;
  });
}
