import type { SpeechRun } from './speech';

const maxUtterance = 220;

/**
 * Splits text into utterances of whole sentences: some browsers stop a long utterance after
 * about fifteen seconds, and a sentence is the unit a pause or a change of speed restarts
 * from. Adjacent runs of one language are joined; sentences never cross a paragraph.
 *
 * @param paragraphs the runs of each paragraph (or heading, or list item) in order
 */
export function speechChunks(paragraphs: readonly (readonly SpeechRun[])[]): SpeechRun[] {
  const chunks: SpeechRun[] = [];
  for (const runs of paragraphs) {
    const merged: SpeechRun[] = [];
    for (const run of runs) {
      const last = merged.at(-1);
      if (last && last.lang === run.lang) last.text += run.text;
      else merged.push({ ...run });
    }
    for (const { lang, text } of merged) {
      const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
      for (const { segment } of segmenter.segment(text.replace(/\s+/g, ' '))) {
        for (const piece of splitLong(segment.trim())) {
          if (/[\p{L}\p{N}]/u.test(piece)) chunks.push({ lang, text: piece });
        }
      }
    }
  }
  return chunks;
}

/** Cuts a sentence longer than an utterance should be at spaces. */
function splitLong(sentence: string): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > maxUtterance) {
    const cut = rest.lastIndexOf(' ', maxUtterance);
    const at = cut > 0 ? cut : maxUtterance;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  pieces.push(rest);
  return pieces;
}
