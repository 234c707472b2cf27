import { describe, expect, it } from 'vitest';
import type { Language } from '@/lib/i18n/config';
import { pickVoice } from '@/lib/reader/pick-voice';
import { spokenLanguages, voicedLanguages, type SpeechRun, type VoiceLike } from '@/lib/reader/speech';
import { speechChunks } from '@/lib/reader/speech-chunks';
import { shownLanguageCases } from './shown-language-cases';

function voice(lang: string, name: string, extra: Partial<VoiceLike> = {}): VoiceLike {
  return { lang, name, ...extra };
}

const en = (text: string): SpeechRun => ({ lang: 'en', text });
const es = (text: string): SpeechRun => ({ lang: 'es', text });

/** The texts of the chunks, for assertions that do not care about the language. */
const texts = (chunks: SpeechRun[]) => chunks.map((c) => c.text);

describe('pickVoice', () => {
  it('returns undefined when there are no voices at all', () => {
    expect(pickVoice([], 'en')).toBeUndefined();
    expect(pickVoice([], 'es', ['es-MX'])).toBeUndefined();
  });

  it('never picks a voice of another language, even the default one', () => {
    const voices = [voice('en-US', 'Samantha', { default: true, localService: true }), voice('fr-FR', 'Thomas')];
    expect(pickVoice(voices, 'es')).toBeUndefined();
    expect(pickVoice(voices, 'es', ['es-MX', 'en-US'])).toBeUndefined();
  });

  it('picks the only voice of the language among others', () => {
    const voices = [
      voice('en-US', 'Samantha', { default: true, localService: true }),
      voice('es-ES', 'Monica'),
      voice('fr-FR', 'Thomas', { localService: true }),
    ];
    expect(pickVoice(voices, 'es')?.name).toBe('Monica');
    expect(pickVoice(voices, 'en')?.name).toBe('Samantha');
  });

  it('matches on the base language, not on a prefix of it', () => {
    // "est" (Estonian) and "eng" are not "es" and "en".
    const voices = [voice('est-EE', 'Estonian', { default: true }), voice('eng', 'Three letters')];
    expect(pickVoice(voices, 'es')).toBeUndefined();
    expect(pickVoice(voices, 'en')).toBeUndefined();
  });

  it('accepts a voice tagged with the bare language', () => {
    expect(pickVoice([voice('fr', 'Fr'), voice('es', 'Bare')], 'es')?.name).toBe('Bare');
  });

  it('prefers the region of the reader’s locale over the default voice', () => {
    const voices = [
      voice('es-ES', 'Monica', { default: true, localService: true }),
      voice('es-MX', 'Paulina'),
      voice('en-US', 'Samantha'),
    ];
    expect(pickVoice(voices, 'es', ['es-MX', 'en-US'])?.name).toBe('Paulina');
  });

  it('uses the locale of the same language wherever it is in the list', () => {
    const voices = [
      voice('en-US', 'Samantha', { default: true }),
      voice('en-GB', 'Daniel'),
      voice('es-ES', 'Monica', { default: true }),
      voice('es-MX', 'Paulina'),
    ];
    expect(pickVoice(voices, 'es', ['en-GB', 'es-MX'])?.name).toBe('Paulina');
    expect(pickVoice(voices, 'en', ['en-GB', 'es-MX'])?.name).toBe('Daniel');
    // A locale of the other language says nothing about the region of this one.
    expect(pickVoice(voices, 'en', ['es-MX'])?.name).toBe('Samantha');
  });

  it('ignores preferred locales without a region', () => {
    const voices = [voice('es-MX', 'Paulina'), voice('es-ES', 'Monica', { default: true })];
    expect(pickVoice(voices, 'es', ['es'])?.name).toBe('Monica');
    // A bare `es` before `es-MX` does not hide the region that follows it.
    expect(pickVoice(voices, 'es', ['es', 'es-MX'])?.name).toBe('Paulina');
  });

  it('understands the underscore tags of Android voices', () => {
    const voices = [voice('es_ES', 'Spain', { default: true }), voice('es_MX', 'Mexico'), voice('en_US', 'US')];
    expect(pickVoice(voices, 'es', ['es-MX'])?.name).toBe('Mexico');
    expect(pickVoice(voices, 'es')?.name).toBe('Spain');
    expect(pickVoice(voices, 'en')?.name).toBe('US');
  });

  it('understands an underscore in the reader’s locale', () => {
    const voices = [voice('es-ES', 'Spain', { default: true }), voice('es-MX', 'Mexico')];
    expect(pickVoice(voices, 'es', ['es_MX'])?.name).toBe('Mexico');
  });

  it('compares tags without regard to case', () => {
    const voices = [voice('ES-es', 'Spain', { default: true }), voice('Es-mX', 'Mexico'), voice('EN-us', 'US')];
    expect(pickVoice(voices, 'es', ['ES-MX'])?.name).toBe('Mexico');
    expect(pickVoice(voices, 'es', ['es-mx'])?.name).toBe('Mexico');
    expect(pickVoice(voices, 'en')?.name).toBe('US');
  });

  it('falls back to the default voice when no voice has the reader’s region', () => {
    const voices = [voice('es-US', 'Paulina', { localService: true }), voice('es-ES', 'Monica', { default: true })];
    expect(pickVoice(voices, 'es', ['es-AR'])?.name).toBe('Monica');
  });

  it('prefers the default voice to one that works offline', () => {
    const voices = [voice('es-US', 'Local', { localService: true }), voice('es-ES', 'Default', { default: true })];
    expect(pickVoice(voices, 'es')?.name).toBe('Default');
  });

  it('prefers a default voice that also works offline to one that does not', () => {
    const voices = [
      voice('es-ES', 'Default online', { default: true, localService: false }),
      voice('es-MX', 'Default offline', { default: true, localService: true }),
    ];
    expect(pickVoice(voices, 'es')?.name).toBe('Default offline');
  });

  it('prefers the region to a default voice that works offline', () => {
    const voices = [voice('es-ES', 'Default', { default: true, localService: true }), voice('es-MX', 'Region')];
    expect(pickVoice(voices, 'es', ['es-MX'])?.name).toBe('Region');
  });

  it('without a default, prefers a voice that works offline', () => {
    const voices = [
      voice('es-ES', 'Online', { localService: false }),
      voice('es-MX', 'Offline', { localService: true }),
      voice('es-AR', 'Online too'),
    ];
    expect(pickVoice(voices, 'es')?.name).toBe('Offline');
  });

  it('among equal voices, keeps the browser’s order', () => {
    const voices = [
      voice('en-US', 'Other'),
      voice('es-ES', 'First'),
      voice('es-MX', 'Second'),
      voice('es-AR', 'Third'),
    ];
    expect(pickVoice(voices, 'es')?.name).toBe('First');
    expect(pickVoice([...voices].reverse(), 'es')?.name).toBe('Third');
  });

  it('among voices of the reader’s region, prefers the default, then the offline one, then the first', () => {
    const mx = (name: string, extra: Partial<VoiceLike> = {}) => voice('es-MX', name, extra);
    expect(
      pickVoice([mx('A'), mx('B', { localService: true }), mx('C', { default: true })], 'es', ['es-MX'])?.name,
    ).toBe('C');
    expect(pickVoice([mx('A'), mx('B', { localService: true })], 'es', ['es-MX'])?.name).toBe('B');
    expect(pickVoice([mx('A'), mx('B')], 'es', ['es-MX'])?.name).toBe('A');
  });

  it('returns the voice object itself, not a copy', () => {
    const paulina = voice('es-MX', 'Paulina');
    expect(pickVoice([voice('en-US', 'Samantha'), paulina], 'es')).toBe(paulina);
  });
});

describe('voicedLanguages', () => {
  it('is empty without voices', () => {
    expect(voicedLanguages([])).toEqual([]);
  });

  it('is empty when no voice speaks a language of Paralelo', () => {
    expect(voicedLanguages([voice('fr-FR', 'Thomas'), voice('de-DE', 'Anna'), voice('est-EE', 'Estonian')])).toEqual(
      [],
    );
  });

  it('lists each language some voice reads, once, in the order of the languages', () => {
    expect(voicedLanguages([voice('es-ES', 'Monica'), voice('es-MX', 'Paulina'), voice('en-US', 'Samantha')])).toEqual([
      'en',
      'es',
    ]);
  });

  it('leaves out a language without a voice', () => {
    expect(voicedLanguages([voice('en-US', 'Samantha'), voice('en-GB', 'Daniel')])).toEqual(['en']);
    expect(voicedLanguages([voice('fr-FR', 'Thomas'), voice('es_MX', 'Android')])).toEqual(['es']);
  });

  it('compares tags without regard to case', () => {
    expect(voicedLanguages([voice('EN-US', 'Upper'), voice('Es', 'Mixed')])).toEqual(['en', 'es']);
  });
});

describe('spokenLanguages', () => {
  it.each(shownLanguageCases)(
    '%s view, reader %s, block %s, flipped %s → only %s',
    (view, lng, blockLang, flipped, spoken) => {
      expect(spokenLanguages(view, lng, blockLang, flipped)).toEqual([spoken]);
    },
  );

  const sides: [lng: Language, blockLang: Language, flipped: boolean][] = [
    ['en', 'en', false],
    ['en', 'es', false],
    ['es', 'en', false],
    ['es', 'es', false],
    ['en', 'en', true],
    ['en', 'es', true],
    ['es', 'en', true],
    ['es', 'es', true],
  ];

  it.each(sides)('side by side, reader %s, block %s, flipped %s → both, in column order', (lng, blockLang, flipped) => {
    expect(spokenLanguages('side-by-side', lng, blockLang, flipped)).toEqual(['en', 'es']);
  });

  it('returns a fresh array each time, so a caller cannot change the languages', () => {
    const first = spokenLanguages('side-by-side', 'en', 'en', false);
    first.pop();
    expect(spokenLanguages('side-by-side', 'en', 'en', false)).toEqual(['en', 'es']);
  });
});

describe('speechChunks', () => {
  it('returns nothing for no paragraphs, empty paragraphs and empty runs', () => {
    expect(speechChunks([])).toEqual([]);
    expect(speechChunks([[], [en('')], [es('   \n\t ')]])).toEqual([]);
  });

  it('splits a paragraph into its sentences', () => {
    expect(speechChunks([[en('The first one. The second one? The third! And the last')]])).toEqual([
      en('The first one.'),
      en('The second one?'),
      en('The third!'),
      en('And the last'),
    ]);
  });

  it('splits Spanish sentences, keeping accents, ñ and the opening ¿ and ¡', () => {
    expect(speechChunks([[es('¿Qué tal, señor Núñez? ¡Muy bien! Él comió pingüinos. Adiós')]])).toEqual([
      es('¿Qué tal, señor Núñez?'),
      es('¡Muy bien!'),
      es('Él comió pingüinos.'),
      es('Adiós'),
    ]);
  });

  it('gives each chunk the language of its run', () => {
    expect(speechChunks([[en('Hello there.')], [es('Hola.')]])).toEqual([en('Hello there.'), es('Hola.')]);
  });

  it('joins adjacent runs of one language before finding sentences', () => {
    // The sentence starts in one run and ends in the next: it is said whole.
    expect(speechChunks([[en('The quick brown '), en('fox jumps. '), en('It lands.')]])).toEqual([
      en('The quick brown fox jumps.'),
      en('It lands.'),
    ]);
  });

  it('keeps the build’s aligned sentences and their marks, and joins the runs of one sentence only', () => {
    const mark = (index: number) => ({ version: 'en' as const, index });
    // The segmenter would cut after "U.S." and before "Then"; the build did not, and did cut after "arrived".
    expect(
      speechChunks([
        [
          { ...en('The U.S. Army '), sentence: mark(0) },
          { ...en('arrived '), sentence: mark(0) },
          { ...en('Then it left. '), sentence: mark(1) },
          { ...es('¡Adiós! '), sentence: mark(1) },
          { ...en('Fin.'), sentence: mark(1) },
        ],
      ]),
    ).toEqual([
      { ...en('The U.S. Army arrived'), sentence: mark(0) },
      { ...en('Then it left.'), sentence: mark(1) },
      { ...es('¡Adiós!'), sentence: mark(1) },
      { ...en('Fin.'), sentence: mark(1) },
    ]);
  });

  it('does not change the runs it is given', () => {
    const paragraph = [en('One '), en('sentence.')];
    speechChunks([paragraph]);
    expect(paragraph).toEqual([en('One '), en('sentence.')]);
  });

  it('never joins sentences across paragraphs, even of one language and without a full stop', () => {
    expect(speechChunks([[en('A heading')], [en('continues here.')], [en('Another'), en(' one.')]])).toEqual([
      en('A heading'),
      en('continues here.'),
      en('Another one.'),
    ]);
  });

  it('makes a Spanish quote inside an English paragraph its own Spanish chunk between the English ones', () => {
    const paragraph = [
      en('She smiled and said “'),
      es('¿Qué tal? ¡Bienvenida!'),
      en('” before leaving. Then she came back.'),
    ];
    expect(speechChunks([paragraph])).toEqual([
      en('She smiled and said “'),
      es('¿Qué tal?'),
      es('¡Bienvenida!'),
      en('” before leaving.'),
      en('Then she came back.'),
    ]);
  });

  it('does not join runs of one language that another language separates', () => {
    expect(speechChunks([[en('He said '), es('hola'), en(' to me.')]])).toEqual([
      en('He said'),
      es('hola'),
      en('to me.'),
    ]);
  });

  it('collapses whitespace, line breaks and tabs into single spaces', () => {
    expect(speechChunks([[en('  Too \n\n many\t\tspaces   here.  \n Next\u00a0\u00a0one. ')]])).toEqual([
      en('Too many spaces here.'),
      en('Next one.'),
    ]);
  });

  it('collapses whitespace where two runs of one language meet', () => {
    expect(speechChunks([[es('Una frase '), es('  \n  partida.')]])).toEqual([es('Una frase partida.')]);
  });

  it('drops pieces without a letter or a digit, such as a lone quotation mark or dash', () => {
    expect(speechChunks([[en('He said '), es('“'), en('— '), es('…'), en('nothing.')]])).toEqual([
      en('He said'),
      en('nothing.'),
    ]);
    expect(speechChunks([[en('“')], [es('—')], [en('!?')], [en('* * *')]])).toEqual([]);
  });

  it('keeps a piece made only of digits', () => {
    expect(speechChunks([[en('1984.')], [es('—')], [es('2')]])).toEqual([en('1984.'), es('2')]);
  });

  it('keeps letters of any script', () => {
    expect(speechChunks([[en('Ωμέγα.')]])).toEqual([en('Ωμέγα.')]);
  });

  it('cuts a sentence longer than 220 characters at spaces, without losing a word', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    const sentence = `${words.join(' ')}.`;
    expect(sentence.length).toBeGreaterThan(220 * 2);

    const chunks = speechChunks([[en(sentence)]]);

    expect(chunks.length).toBeGreaterThanOrEqual(3);
    for (const chunk of chunks) {
      expect(chunk.lang).toBe('en');
      expect(chunk.text.length).toBeLessThanOrEqual(220);
      expect(chunk.text).toBe(chunk.text.trim());
      // Every cut is at a space: no piece starts or ends in the middle of a word.
      expect(chunk.text).toMatch(/^word\d+( word\d+)*\.?$/);
    }
    expect(texts(chunks).join(' ')).toBe(sentence);
  });

  it('cuts as late as it can: each piece but the last is more than 200 characters long', () => {
    const sentence = Array.from({ length: 100 }, () => 'abcde').join(' ');
    const chunks = texts(speechChunks([[en(sentence)]]));
    expect(chunks.join(' ')).toBe(sentence);
    for (const piece of chunks.slice(0, -1)) expect(piece.length).toBeGreaterThan(200);
  });

  it('keeps a sentence of exactly 220 characters whole, and cuts one of 221', () => {
    const exact = `${'a'.repeat(109)} ${'b'.repeat(110)}`;
    expect(exact).toHaveLength(220);
    expect(texts(speechChunks([[en(exact)]]))).toEqual([exact]);

    const longer = `${'a'.repeat(110)} ${'b'.repeat(110)}`;
    expect(longer).toHaveLength(221);
    expect(texts(speechChunks([[en(longer)]]))).toEqual(['a'.repeat(110), 'b'.repeat(110)]);
  });

  it('cuts at the space at the very limit', () => {
    const sentence = `${'a'.repeat(220)} ${'b'.repeat(10)}`;
    expect(texts(speechChunks([[en(sentence)]]))).toEqual(['a'.repeat(220), 'b'.repeat(10)]);
  });

  it('still cuts a 500-character string without spaces, into pieces of at most 220', () => {
    const blob = 'x'.repeat(500);
    const chunks = texts(speechChunks([[en(blob)]]));
    expect(chunks).toEqual(['x'.repeat(220), 'x'.repeat(220), 'x'.repeat(60)]);
    expect(chunks.join('')).toBe(blob);
  });

  it('cuts a long word at 220 characters and the words after it at spaces', () => {
    const sentence = `${'y'.repeat(300)} and then some words.`;
    const chunks = texts(speechChunks([[es(sentence)]]));
    expect(chunks).toEqual(['y'.repeat(220), `${'y'.repeat(80)} and then some words.`]);
  });

  it('keeps accents and ¿¡ when it cuts a long Spanish sentence', () => {
    const phrase = '¿Señorita, qué ocurrió allí con el pingüino? ¡Ñandú!';
    const sentence = Array.from({ length: 6 }, () => phrase.replace(/[?!]/g, '')).join(' y ');
    expect(sentence.length).toBeGreaterThan(220);

    const chunks = speechChunks([[es(sentence)]]);

    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.lang === 'es' && c.text.length <= 220)).toBe(true);
    expect(texts(chunks).join(' ')).toBe(sentence);
  });

  it('cuts only long sentences, leaving the short ones around them whole', () => {
    // Capitalised: a sentence break needs an upper-case letter after the full stop.
    const long = `Larga ${Array.from({ length: 60 }, () => 'palabra').join(' ')}.`;
    const chunks = speechChunks([[es(`Corta. ${long} Otra corta.`)]]);
    expect(chunks[0]).toEqual(es('Corta.'));
    expect(chunks.at(-1)).toEqual(es('Otra corta.'));
    expect(texts(chunks.slice(1, -1)).join(' ')).toBe(long);
    expect(chunks.length).toBeGreaterThan(3);
  });

  it('keeps the order of paragraphs, runs and sentences', () => {
    const chunks = speechChunks([
      [en('One. Two.'), es(' Tres. Cuatro.')],
      [es('Cinco.'), en(' Six.')],
    ]);
    expect(chunks).toEqual([en('One.'), en('Two.'), es('Tres.'), es('Cuatro.'), es('Cinco.'), en('Six.')]);
  });
});
