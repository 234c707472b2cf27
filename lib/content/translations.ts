import { createInstance, type i18n } from 'i18next';
import { z } from 'zod';
import type { Language } from '@/lib/i18n/config';
import { ContentError, positionAt } from './content-error';

/** One article's resource file, `locales/<lng>/<slug>.json`. */
export const translationResourceSchema = z
  .object({
    title: z.string().optional(),
    blocks: z.record(z.string(), z.string()).optional(),
  })
  .strict();

export type TranslationResource = z.infer<typeof translationResourceSchema>;

/**
 * Parses and validates a resource file's JSON.
 *
 * @throws ContentError with the file, line and column of a syntax error or a bad value
 */
export function parseTranslationResource(json: string, file: string): TranslationResource {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
    const { line, column } = positionAt(json, offset);
    throw new ContentError(file, line, `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`, column);
  }

  const result = translationResourceSchema.safeParse(data);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const key = issue?.code === 'unrecognized_keys' ? issue.keys[0] : issue?.path.map(String).at(-1);
  const offset = key === undefined ? -1 : json.indexOf(JSON.stringify(String(key)));
  const { line, column } = offset < 0 ? { line: 1, column: 1 } : positionAt(json, offset);
  const message =
    issue?.code === 'unrecognized_keys'
      ? `unknown key "${key}": a resource holds "title" and "blocks"`
      : `"${issue?.path.join('.')}" must be a string of text`;
  throw new ContentError(file, line, message, column);
}

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
    if (!this.i18n.exists(key, { lng, ns: ns as never })) return undefined;
    // Article text is data: no {{interpolation}} or $t() nesting may rewrite it.
    return t(key, { skipInterpolation: true });
  }
}

type UntypedT = (key: string, options: { skipInterpolation: boolean }) => string;
