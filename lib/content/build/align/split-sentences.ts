import type { Language } from '@/lib/i18n/config';

/**
 * Abbreviations that usually stand before a name, a number or another word of the same
 * sentence, per language, written without their final period. A lowercase entry also matches
 * capitalised (`ej.` and `Ej.`); an uppercase one only as written.
 */
const abbreviations: Record<Language, readonly string[]> = {
  en: [
    ...['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Hon', 'Pres', 'Gov', 'Sen', 'Rep', 'Amb', 'Sr', 'Jr'],
    ...['Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Sgt', 'Adm', 'Cpl', 'Pvt', 'Brig', 'Supt'],
    ...['St', 'Mt', 'Ft', 'Ave', 'Blvd', 'Rd', 'Inc', 'Corp', 'Ltd', 'Co', 'Bros', 'Dept', 'Univ'],
    ...['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
    ...['vs', 'approx', 'est', 'fig', 'p', 'pp', 'vol', 'e.g', 'i.e', 'cf', 'ca'],
  ],
  es: [
    ...['Sr', 'Sra', 'Srta', 'Sres', 'Sras', 'Dr', 'Dra', 'Dres', 'D', 'Dña', 'Lic', 'Ing', 'Arq', 'Prof'],
    ...['Gral', 'Gen', 'Cnel', 'Tte', 'Cap', 'Sgto', 'Alte', 'Pdte', 'Pte', 'Mons', 'Sto', 'Sta', 'Excmo'],
    ...['Av', 'Avda', 'Cía', 'Hnos', 'Dpto', 'Univ', 'EE', 'FF', 'AA', 'CC', 'OO'],
    ...['ene', 'feb', 'abr', 'jun', 'jul', 'ago', 'sept', 'sep', 'oct', 'nov', 'dic'],
    ...['núm', 'art', 'pág', 'págs', 'cap', 'vol', 'ej', 'aprox', 'vs', 'cf', 'ca', 'p', 'pp'],
  ],
};

/**
 * Words that open a sentence and are no name: after an abbreviation, an initial or a dotted
 * acronym, one of them means the period did end the sentence (`…in the U.S. The next day`).
 */
const sentenceStarters: Record<Language, readonly string[]> = {
  en: [
    ...['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', 'He', 'She'],
    ...['His', 'Her', 'They', 'Their', 'We', 'Our', 'I', 'You', 'In', 'On', 'At', 'For', 'From', 'By'],
    ...['With', 'Without', 'After', 'Before', 'During', 'Since', 'Until', 'But', 'And', 'Or', 'So'],
    ...['Yet', 'Then', 'Now', 'Also', 'However', 'Meanwhile', 'Still', 'If', 'As', 'While', 'When'],
    ...['Where', 'What', 'Why', 'How', 'Who', 'Although', 'Though', 'Because', 'According', 'No'],
  ],
  es: [
    ...['El', 'La', 'Los', 'Las', 'Lo', 'Un', 'Una', 'Unos', 'Unas', 'Este', 'Esta', 'Estos', 'Estas'],
    ...['Ese', 'Esa', 'Eso', 'Esto', 'Él', 'Ella', 'Ellos', 'Ellas', 'Su', 'Sus', 'Se', 'Le', 'Les'],
    ...['En', 'Por', 'Para', 'Con', 'Sin', 'Según', 'Tras', 'Desde', 'Hasta', 'Durante', 'De', 'Del'],
    ...['Al', 'A', 'Pero', 'Y', 'O', 'Luego', 'Entonces', 'Ahora', 'Allí', 'Allá', 'Aquí'],
    ...['Ahí', 'Además', 'También', 'Ya', 'Hoy', 'Ayer', 'Cuando', 'Donde', 'Como', 'Si', 'Aunque'],
    ...['Mientras', 'No', 'Sí', 'Qué', 'Quién', 'Hay', 'Fue', 'Es', 'Era'],
  ],
};

const escape = (word: string) => word.replace(/\./g, '\\.');
const caseVariants = (word: string) =>
  /^\p{Ll}/u.test(word) ? `[${word.charAt(0)}${word.charAt(0).toUpperCase()}]${escape(word.slice(1))}` : escape(word);

/** Per language: the end of a sentence that is in fact an abbreviation, and its starters. */
const rules = Object.fromEntries(
  (['en', 'es'] as const).map((lang) => [
    lang,
    {
      abbreviation: new RegExp(`(?<![\\p{L}\\p{N}.])(?:${abbreviations[lang].map(caseVariants).join('|')})\\.$`, 'u'),
      starter: new RegExp(`^[«“‘"'(¿¡]*(?:${sentenceStarters[lang].join('|')})(?![\\p{L}\\p{N}.])`, 'u'),
    },
  ]),
) as Record<Language, { abbreviation: RegExp; starter: RegExp }>;

/** A single capital and a period, as in `Pavel A.` or `J. R. R.`. */
const initial = /(?<![\p{L}\p{N}.])\p{Lu}\.$/u;
/** Capitals each followed by a period: `U.S.`, `U.K.`, `D.C.`. */
const dottedAcronym = /(?<![\p{L}\p{N}])(?:\p{Lu}\.){2,}$/u;
/** `No.` before a number: `No. 1`. */
const numberSign = /(?<![\p{L}\p{N}])(?:No|Nº|N\.º|Nos)\.$/u;

const closers = `»”’"')\\]`;
const openers = `«“‘"'(¿¡`;
/**
 * Where a segment holds two sentences that `Intl.Segmenter` left together: after an ellipsis
 * (not an elided `[…]` or `(…)`) when a capital follows; after a sentence end when a dialogue
 * dash and a capital follow (`—Vamos. —No`), or a number (`in 2024. 300 people came`: the
 * segmenter reads on to the lowercase word). The merge pass joins back `Jan. 5` and `No. 1`.
 */
const missedBoundary = new RegExp(
  [
    `(?<![[(])(?:…|\\.{3})[${closers}]*(?=\\s+[${openers}]*\\p{Lu})`,
    `[.!?…][${closers}]*(?=\\s+[—–]\\s?[${openers}]*\\p{Lu})`,
    `(?<!\\.)[.!?][${closers}]*(?=\\s+\\p{N})`,
  ].join('|'),
  'gu',
);

const segmenters: Record<Language, Intl.Segmenter> = {
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
  es: new Intl.Segmenter('es', { granularity: 'sentence' }),
};

/** A piece of a text: `[start, end)` in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** Spanish opening marks and the marks that close them. */
const inverted = [
  ['¿', '?'],
  ['¡', '!'],
] as const;

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * Whether `next` goes on the sentence that `previous` began (both trimmed), where
 * `Intl.Segmenter` broke them apart: after an abbreviation, an initial or a dotted acronym
 * (unless a typical sentence opener follows), before a lowercase word or a number after `No.`,
 * inside an open `¿…?` or `¡…!`, and around a piece without letters or digits.
 */
function continues(previous: string, next: string, lang: Language): boolean {
  if (!/[\p{L}\p{N}]/u.test(previous) || !/[\p{L}\p{N}]/u.test(next)) return true;
  if (/^[¿¡]?\p{Ll}/u.test(next)) return true;
  if (numberSign.test(previous)) return /^\p{N}/u.test(next);
  for (const [open, close] of inverted) {
    if (count(previous, open) > count(previous, close) && next.includes(close)) return true;
  }
  const { abbreviation, starter } = rules[lang];
  const joined = abbreviation.test(previous) || initial.test(previous) || dottedAcronym.test(previous);
  return joined && !starter.test(next);
}

/** The segmenter's sentences as spans of `text`, cut again where it missed a boundary. */
function segments(text: string, lang: Language): Span[] {
  const spans: Span[] = [];
  for (const { segment, index } of segmenters[lang].segment(text)) {
    let start = index;
    for (const match of segment.matchAll(missedBoundary)) {
      const end = index + match.index + match[0].length;
      spans.push({ start, end });
      start = end;
    }
    spans.push({ start, end: index + segment.length });
  }
  return spans.filter((span) => text.slice(span.start, span.end).trim() !== '');
}

/**
 * Splits a text of news into its sentences: `Intl.Segmenter` first, then repaired where it
 * fails on news text. Abbreviations (`Sr.`, `Dr.`, `EE. UU.`, `Gen.`, `Jan.`, `p. ej.`),
 * initials (`J. R. R. Tolkien`) and dotted acronyms before a name (`U.S. Army`) do not end a
 * sentence; a lowercase word never opens one (`“Why?” he asked`, `¿qué pasó? y se fue`); an
 * ellipsis before a capital ends one, and so does a period before a number (`in 2024. 300
 * people came`) or a dialogue dash (`—Vamos. —No`). Numbers (`1.028`, `12.30 h`) and closing quotes and
 * brackets (`«… terminó.» Luego`: the mark stays with its sentence) are left to the segmenter,
 * which gets them right.
 *
 * @param text - plain text of one block, in one language
 * @param lang - the text's language, for its abbreviations
 * @returns the sentences, trimmed and none empty; joined by spaces they give back `text` apart
 *   from whitespace. `[]` for empty or blank text.
 */
export function splitSentences(text: string, lang: Language): string[] {
  return sentenceSpans(text, lang).map((span) => text.slice(span.start, span.end));
}

/**
 * Where each sentence of `text` lies, as {@link splitSentences} cuts it: `[start, end)` in
 * UTF-16 code units, trimmed of whitespace, in order and not overlapping.
 */
export function sentenceSpans(text: string, lang: Language): Span[] {
  const merged: Span[] = [];
  for (const span of segments(text, lang)) {
    const last = merged.at(-1);
    const slice = (s: Span) => text.slice(s.start, s.end).trim();
    if (last && continues(slice(last), slice(span), lang)) last.end = span.end;
    else merged.push({ ...span });
  }
  return merged.map(({ start, end }) => {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    return { start: start + lead, end: start + lead + piece.trim().length };
  });
}
