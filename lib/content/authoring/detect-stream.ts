import type { Readable, Writable } from 'node:stream';
import { blockLanguage, type BlockLanguage } from '@/lib/content/build/detect/block-language';
import { languageRuns, type LanguageRun } from './language-runs';
import { mapLines } from './line-stream';

/** One answer of `npm run content:detect`: what the content build decides for a block of that text. */
export type DetectAnswer = Pick<BlockLanguage, 'lang' | 'confidence' | 'decidedBy'> & { runs?: LanguageRun[] };

/**
 * Decides the language of one line of plain text as the content build decides a block's
 * (`blockLanguage`): `{"lang","confidence","decidedBy"}`, and `runs` (as `content:check` lists
 * them) where it mixes both languages. An empty line is `und` with confidence 0, left to context.
 */
export function detectLine(line: string): DetectAnswer {
  const { lang, confidence, decidedBy, segments } = blockLanguage(line);
  return { lang, confidence, decidedBy, ...(segments ? { runs: languageRuns(line, segments) } : {}) };
}

/**
 * Answers every line of `input` with `detectLine` as it arrives, one JSON object a line on
 * `output`, in input order (see `mapLines` for how lines are read).
 *
 * @param input UTF-8 bytes, or strings
 * @returns how many lines were read
 */
export function detectLines(input: Readable, output: Writable): Promise<{ lines: number }> {
  return mapLines(input, output, (line) => JSON.stringify(detectLine(line)));
}
