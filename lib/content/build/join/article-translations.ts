import { createInstance, type i18n } from 'i18next';
import { blockIds } from '@/lib/content/article';
import type { TranslationResource } from '@/lib/content/schemas';
import type { Block } from '@/lib/content/types';
import type { Language } from '@/lib/i18n/config';

/**
 * A translator over every article's resources: one i18next namespace per article, looked up
 * for a fixed language per call, never through a shared current language.
 */
export class ArticleTranslations {
  private readonly i18n: i18n;

  constructor(resources: Record<Language, Record<string, TranslationResource>>) {
    this.i18n = createInstance();
    this.i18n.init({
      resources,
      fallbackLng: false,
      // An empty string is a placeholder awaiting a translator, not a translation.
      returnEmptyString: false,
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  }

  /** The title of `slug` in `lng`, or undefined where no translation exists. */
  title(slug: string, lng: Language): string | undefined {
    return this.lookup(slug, lng, 'title');
  }

  /** The Markdown of block `id` of `slug` in `lng`, or undefined where no translation exists. */
  block(slug: string, lng: Language, id: string): string | undefined {
    return this.lookup(slug, lng, `blocks.${id}`);
  }

  private lookup(ns: string, lng: Language, key: string): string | undefined {
    // Article namespaces are data, not the typed `common` UI strings: look them up untyped.
    const t = this.i18n.getFixedT(lng, ns as never) as unknown as UntypedT;
    // Article text is data: no {{interpolation}} or $t() nesting may rewrite it.
    const value = t(key, { skipInterpolation: true, defaultValue: missing });
    return value === missing ? undefined : value;
  }
}

/** What i18next returns for a key it treats as missing, empty strings included. */
const missing = '\u0000missing';

type UntypedT = (key: string, options: { skipInterpolation: boolean; defaultValue: string }) => string;

/**
 * The key a block's translation is kept under: its ID, or a former ID (alias) that still holds
 * one, so a translation made before a rename stays the block's translation.
 *
 * @param ids the block's IDs, its own first (`blockIds`)
 * @param isTranslated whether a translation is kept under a key
 */
export function translationKey(ids: readonly string[], isTranslated: (key: string) => boolean): string {
  return ids.find(isTranslated) ?? ids[0]!;
}

/** `translationKey` of `block` in one resource file: where its translation is, or will be, kept. */
export function translationKeyIn(block: Pick<Block, 'id' | 'aliases'>, resource: TranslationResource | undefined): string {
  return translationKey(blockIds(block), (key) => Boolean(resource?.blocks?.[key]));
}
