import type { Readable, Writable } from 'node:stream';
import { detectLanguage } from '@/lib/content/build/detect/detect-language';
import { mapLines } from './line-stream';

/**
 * Detects the language of every line of `input` as it arrives and writes one JSON object a
 * line to `output`, `{"lang":"en"|"es"|"und","confidence":0..1}`, in input order (see
 * `mapLines` for how lines are read). An empty line is `und` with confidence 0.
 *
 * @param input UTF-8 bytes, or strings
 * @returns how many lines were read
 */
export function detectLines(input: Readable, output: Writable): Promise<{ lines: number }> {
  return mapLines(input, output, (line) => {
    const { lang, confidence } = detectLanguage(line);
    return JSON.stringify({ lang, confidence });
  });
}
