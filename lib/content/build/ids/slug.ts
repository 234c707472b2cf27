import { isKebabCase, kebabCase } from './kebab-case';

/** The longest a slug derived from a title may be, so article URLs stay readable. */
const maxSlugLength = 60;

/** Why `slug` cannot name an article, or undefined when it can. */
export function invalidSlugReason(slug: string): string | undefined {
  if (isKebabCase(slug)) return undefined;
  return `slug "${slug}" may only hold lowercase ASCII letters, digits and single hyphens (like belarus-cuba-visit)`;
}

/**
 * An article's slug from its title: its words in kebab case, cut at a word to 60 characters.
 *
 * @throws Error when the title holds no letter or digit to make one from
 */
export function slugFromTitle(title: string): string {
  const slug = kebabCase(title, { maxLength: maxSlugLength });
  if (!slug) throw new Error(`no slug can be made from the title "${title}": give one with --slug`);
  return slug;
}
