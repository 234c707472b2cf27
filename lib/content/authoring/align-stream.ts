import type { Readable, Writable } from 'node:stream';
import { alignSentences } from '@/lib/content/build/align/align-sentences';
import { splitSentences } from '@/lib/content/build/align/split-sentences';
import { mapLines } from './line-stream';

/** One answer of `npm run align`: each side's sentences and the beads that pair them, or why not. */
export type AlignAnswer =
  | { en: string[]; es: string[]; pairs: [number[], number[]][]; suspect: boolean }
  | { error: string };

/**
 * Aligns one request line, `{"en":"…","es":"…"}` (plain text; either side may be the original):
 * splits both sides into sentences and pairs them. A line that is not a JSON object with both
 * sides as strings gets `{"error":"…"}` naming what is wrong.
 */
export function alignLine(line: string): AlignAnswer {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON: expected {"en":"…","es":"…"}' };
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request))
    return { error: 'not a JSON object: expected {"en":"…","es":"…"}' };
  const { en, es } = request as Record<string, unknown>;
  const missing = [typeof en !== 'string' && '"en"', typeof es !== 'string' && '"es"'].filter(Boolean);
  if (missing.length > 0) return { error: `${missing.join(' and ')} missing or not a string` };
  const sides = { en: splitSentences(en as string, 'en'), es: splitSentences(es as string, 'es') };
  const { pairs, suspect } = alignSentences(sides.en, sides.es);
  return { ...sides, pairs, suspect };
}

/**
 * Answers every line of `input` with `alignLine` as it arrives, one JSON object a line on
 * `output`, in order (see `mapLines`); a bad line gets its error and the stream goes on.
 *
 * @returns how many lines were read
 */
export function alignLines(input: Readable, output: Writable): Promise<{ lines: number }> {
  return mapLines(input, output, (line) => JSON.stringify(alignLine(line)));
}
