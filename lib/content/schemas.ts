import { z } from 'zod';
import { languages } from '@/lib/i18n/config';

/** An article's YAML front matter, `content/<slug>.md` between its `---` fences. */
export const frontMatterSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty'),
    /** The language most of the article was published in; detected when absent. */
    lang: z.enum(languages).optional(),
    published: z.iso.date('must be a date written YYYY-MM-DD').optional(),
    source: z
      .object({
        name: z.string().trim().min(1, 'must not be empty'),
        url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/**
 * One article's resource file in one language: `locales/<lng>/<slug>.json` (the translations)
 * or `locales/<lng>/<slug>.sources.json` (the hash of the original each was made from).
 */
export const translationResourceSchema = z
  .object({
    title: z.string().optional(),
    blocks: z.record(z.string(), z.string()).optional(),
  })
  .strict();

export type TranslationResource = z.infer<typeof translationResourceSchema>;
