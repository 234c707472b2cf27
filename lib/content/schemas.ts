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
 * One article's resource file in one language, `locales/<lng>/<slug>.json`: its title and
 * blocks translated into that language.
 */
export const translationResourceSchema = z
  .object({
    title: z.string().optional(),
    blocks: z.record(z.string(), z.string()).optional(),
  })
  .strict();

export type TranslationResource = z.infer<typeof translationResourceSchema>;

/**
 * An editor's word that a suspect alignment is right (`content:sync --confirm-alignment`): the
 * fingerprints (`sourceHash`) of the original and of the translation checked. It holds while
 * both texts are unchanged.
 */
export const alignmentConfirmationSchema = z.object({ original: z.string(), translation: z.string() }).strict();

export type AlignmentConfirmation = z.infer<typeof alignmentConfirmationSchema>;

/**
 * What `content:sync` records of one article's translations into one language,
 * `locales/<lng>/<slug>.sources.json`: per title and block, the hash of the original each
 * translation was made from; per block key, the alignments an editor confirmed.
 */
export const sourcesRecordSchema = translationResourceSchema
  .extend({
    confirmedAlignments: z.record(z.string(), alignmentConfirmationSchema).optional(),
    /** The original's text each translation was made from, so a stale one shows what changed. */
    originals: translationResourceSchema.optional(),
  })
  .strict();

export type SourcesRecord = z.infer<typeof sourcesRecordSchema>;

/** `content/<slug>.ids.json`: every block ID the article has published, in the order first recorded. */
export const publishedIdsSchema = z.object({ published: z.array(z.string()) }).strict();

/**
 * `content/<slug>.updated.json`, written by `content:sync`: the fingerprint of the article's text
 * and translations, and when it last changed (ISO 8601, UTC), which the feeds give as the
 * article's updated date.
 */
export const updatedRecordSchema = z.object({ fingerprint: z.string(), updated: z.iso.datetime() }).strict();

export type UpdatedRecord = z.infer<typeof updatedRecordSchema>;
