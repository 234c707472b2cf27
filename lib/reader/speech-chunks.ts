import type { SpeechRun, SpokenSentence } from './speech';

const maxUtterance = 220;

/**
 * Splits text into utterances of whole sentences: some browsers stop a long utterance after
 * about fifteen seconds, and a sentence is the unit a pause or a change of speed restarts
 * from. Adjacent runs of one language (and one aligned sentence) are joined; sentences never
 * cross a paragraph. Text of an aligned sentence keeps the build's sentences and their mark,
 * so the page can highlight the one being said.
 *
 * @param paragraphs the runs of each paragraph (or heading, or list item) in order
 */
export function speechChunks(paragraphs: readonly (readonly SpeechRun[])[]): SpeechRun[] {
  const chunks: SpeechRun[] = [];
  for (const runs of paragraphs) {
    const merged: SpeechRun[] = [];
    for (const run of runs) {
      const last = merged.at(-1);
      if (last && last.lang === run.lang && sameSentence(last.sentence, run.sentence)) last.text += run.text;
      else merged.push({ ...run });
    }
    for (const { lang, text, sentence } of merged) {
      const flat = text.replace(/\s+/g, ' ');
      const sentences = sentence
        ? [flat]
        : Array.from(new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(flat), (s) => s.segment);
      for (const segment of sentences) {
        for (const piece of splitLong(segment.trim())) {
          if (/[\p{L}\p{N}]/u.test(piece)) chunks.push({ lang, text: piece, ...(sentence ? { sentence } : {}) });
        }
      }
    }
  }
  return chunks;
}

function sameSentence(a: SpokenSentence | undefined, b: SpokenSentence | undefined): boolean {
  return a?.index === b?.index && a?.version === b?.version;
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
