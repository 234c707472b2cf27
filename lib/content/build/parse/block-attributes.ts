import { isLanguage, type Language } from '@/lib/i18n/config';

/** What an author can pin at the end of a block with `{#id lang=xx alias=old-id}`, as in Pandoc. */
export interface BlockAttributes {
  id?: string;
  lang?: Language;
  /** Former IDs of the block, so links made before a rename keep working. */
  aliases?: string[];
}

const trailingBraces = /\s*\{([^{}\n]*)\}\s*$/;

/**
 * Splits a trailing attribute list (`{#my-id}`, `{lang=es}`, `{#my-id lang=es alias=old-id}`) off a block's
 * last text. Braces that neither open with `#` nor hold a `key=value` are ordinary text and stay.
 *
 * @returns the text without the attributes, the attributes, and any problem to report
 */
export function splitBlockAttributes(text: string): {
  text: string;
  attributes: BlockAttributes;
  problem?: string;
} {
  const match = trailingBraces.exec(text);
  const tokens = match?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
  const isAttributeList = tokens[0]?.startsWith('#') || tokens.some((t) => /^[a-z]+=/.test(t));
  if (!match || !isAttributeList) return { text, attributes: {} };

  const attributes: BlockAttributes = {};
  const rest = text.slice(0, match.index);
  const fail = (problem: string) => ({ text: rest, attributes, problem });
  for (const token of tokens) {
    if (token.startsWith('#')) {
      if (token === '#') return fail('"#" must be followed by the ID, with no space: {#my-id}');
      attributes.id = token.slice(1);
      continue;
    }
    if (!token.includes('=')) {
      return fail(`"${token}" is not an attribute: an ID cannot hold spaces; write {#id lang=en|es alias=old-id}`);
    }
    const [key = '', value = '', ...extra] = token.split('=');
    if (extra.length > 0) return fail(`"${token}" is not an attribute: write key=value`);
    if (key === 'alias') attributes.aliases = [...(attributes.aliases ?? []), ...value.split(',').filter(Boolean)];
    else if (key === 'lang' && isLanguage(value)) attributes.lang = value;
    else if (key === 'lang') return fail(`lang must be "en" or "es", not "${value}"`);
    else return fail(`unknown block attribute "${key}" (use #id, lang=en|es or alias=old-id)`);
  }
  return { text: rest, attributes };
}
