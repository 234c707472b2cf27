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
 * last text. Braces that hold no `#id` or `key=value` are ordinary text and stay.
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
  if (!match || tokens.length === 0 || !tokens.every((t) => t.startsWith('#') || t.includes('='))) {
    return { text, attributes: {} };
  }

  const attributes: BlockAttributes = {};
  const rest = text.slice(0, match.index);
  for (const token of tokens) {
    if (token.startsWith('#')) {
      attributes.id = token.slice(1);
      continue;
    }
    const [key = '', value = '', ...extra] = token.split('=');
    if (extra.length > 0) return { text: rest, attributes, problem: `"${token}" is not an attribute: write key=value` };
    if (key === 'alias') attributes.aliases = [...(attributes.aliases ?? []), ...value.split(',').filter(Boolean)];
    else if (key === 'lang' && isLanguage(value)) attributes.lang = value;
    else if (key === 'lang') return { text: rest, attributes, problem: `lang must be "en" or "es", not "${value}"` };
    else return { text: rest, attributes, problem: `unknown block attribute "${key}" (use #id, lang=en|es or alias=old-id)` };
  }
  return { text: rest, attributes };
}
