import type { Language } from '@/lib/i18n/config';
import { detectLanguage, isConfident, type Detection } from './detect-language';
import type { Flow, Inline, LanguageSegment } from '@/lib/content/types';

/** A quotation of at least three words, in typographic, straight or angle quotes. */
const quotation = /[“"«]([^”"»]+)[”"»]/g;
const minQuotedWords = 3;

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Splits a block's text into runs of one language: each sentence (by `Intl.Segmenter`) is
 * detected on its own, a quotation of three words or more inside a sentence on its own too,
 * and a sentence too short to call takes the language of the sentences around it.
 *
 * @returns the runs in order, adjacent runs of one language merged; empty when nothing in
 *   the text could be decided (the block's neighbours decide then)
 */
export function languageSegments(text: string): LanguageSegment[] {
  const runs: { start: number; end: number; detection: Detection }[] = [];
  for (const { segment, index } of sentences.segment(text)) {
    // A sentence is in the language of its own words: a quotation in it is judged apart.
    const unquoted = segment.replace(quotation, ' ');
    const sentence = detectLanguage(/\p{L}/u.test(unquoted) ? unquoted : segment);
    let cursor = index;
    for (const quote of segment.matchAll(quotation)) {
      const inner = quote[1]!;
      const detection = detectLanguage(inner);
      if (inner.trim().split(/\s+/).length < minQuotedWords || !isConfident(detection) || detection.lang === sentence.lang) {
        continue;
      }
      const start = index + quote.index;
      const end = start + quote[0].length;
      if (start > cursor) runs.push({ start: cursor, end: start, detection: sentence });
      runs.push({ start, end, detection });
      cursor = end;
    }
    runs.push({ start: cursor, end: index + segment.length, detection: sentence });
  }

  const decided = runs.map((r) => (isConfident(r.detection) ? r.detection.lang : undefined));
  if (!decided.some(Boolean)) return [];
  const settled = runs.map((run, i): LanguageSegment => {
    const own = decided[i];
    const { start, end, detection } = run;
    if (own) return { start, end, lang: own, decidedBy: 'detected', confidence: detection.confidence };
    const before = decided.slice(0, i).findLast(Boolean);
    const after = decided.slice(i + 1).find(Boolean);
    return { start, end, lang: (before ?? after)!, decidedBy: 'context', confidence: detection.confidence };
  });

  return settled.reduce<LanguageSegment[]>((merged, segment) => {
    const last = merged.at(-1);
    if (last && last.lang === segment.lang) {
      const [a, b] = [last.end - last.start, segment.end - segment.start];
      last.confidence = Math.round(((last.confidence * a + segment.confidence * b) / (a + b)) * 1000) / 1000;
      last.end = segment.end;
      if (segment.decidedBy === 'detected') last.decidedBy = 'detected';
    } else {
      merged.push({ ...segment });
    }
    return merged;
  }, []);
}

/**
 * A block's language from its runs: the one holding most characters, as sure as its runs were,
 * weighed by their length and by its share of the text.
 */
export function dominantLanguage(segments: readonly LanguageSegment[]): Detection {
  if (segments.length === 0) return { lang: 'und', confidence: 0 };
  const chars: Record<Language, number> = { en: 0, es: 0 };
  const sureness: Record<Language, number> = { en: 0, es: 0 };
  for (const s of segments) {
    chars[s.lang] += s.end - s.start;
    sureness[s.lang] += (s.end - s.start) * s.confidence;
  }
  const lang: Language = chars.es > chars.en ? 'es' : 'en';
  const total = chars.en + chars.es;
  return { lang, confidence: Math.round((sureness[lang] / total) * 1000) / 1000 };
}

/**
 * Marks the text of a block that is in another language than the block's own, so the page can
 * give it its `lang`: text nodes are split at the runs' edges, and the foreign pieces tagged.
 * Offsets are those of `flowText(flow)`.
 */
export function tagForeignRuns(flow: Flow, segments: readonly LanguageSegment[], blockLang: Language): Flow {
  const foreign = segments.filter((s) => s.lang !== blockLang);
  if (foreign.length === 0) return flow;
  let offset = 0;

  const inline = (nodes: readonly Inline[]): Inline[] =>
    nodes.flatMap((node): Inline[] => {
      switch (node.type) {
        case 'text': {
          const start = offset;
          offset += node.value.length;
          return splitText(node.value, start, foreign);
        }
        case 'inlineCode':
          offset += node.value.length;
          return [node];
        case 'break':
          offset += 1;
          return [node];
        default:
          return [{ ...node, children: inline(node.children) }];
      }
    });
  // Mirrors flowText: quote children, list items, table rows and cells are joined by one character.
  const joined = <T>(items: readonly T[], walkItem: (item: T) => T): T[] =>
    items.map((item, i) => {
      if (i > 0) offset += 1;
      return walkItem(item);
    });
  const walk = (node: Flow): Flow => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        return { ...node, children: inline(node.children) };
      case 'quote':
        return { ...node, children: joined(node.children, walk) };
      case 'list':
        return { ...node, items: joined(node.items, (item) => joined(item, walk)) };
      case 'table':
        return { ...node, rows: joined(node.rows, (row) => joined(row, inline)) };
    }
  };
  return walk(flow);
}

function splitText(value: string, start: number, foreign: readonly LanguageSegment[]): Inline[] {
  const end = start + value.length;
  const cuts = new Set([start, end]);
  for (const s of foreign) {
    if (s.start > start && s.start < end) cuts.add(s.start);
    if (s.end > start && s.end < end) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(0, -1).map((from, i) => {
    const to = points[i + 1]!;
    const text = value.slice(from - start, to - start);
    const run = foreign.find((s) => s.start <= from && to <= s.end);
    return run ? { type: 'text', value: text, lang: run.lang } : { type: 'text', value: text };
  });
}
