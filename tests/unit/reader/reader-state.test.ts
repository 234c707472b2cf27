import { describe, expect, it } from 'vitest';
import {
  defaultView,
  formatReaderState,
  parseReaderState,
  readReaderQuery,
  views,
  writeReaderQuery,
  type ReaderState,
} from '@/lib/reader/reader-state';

const state = (view: ReaderState['view'], ...flipped: string[]): ReaderState => ({ view, flipped: new Set(flipped) });

describe('parseReaderState', () => {
  it('reads the default state from an empty query', () => {
    for (const search of ['', '?']) {
      const parsed = parseReaderState(search);
      expect(parsed.view).toBe('reading');
      expect([...parsed.flipped]).toEqual([]);
    }
    expect(defaultView).toBe('reading');
  });

  it.each(views)('reads the %s view', (view) => {
    expect(parseReaderState(`?view=${view}`).view).toBe(view);
  });

  it('reads a query with or without the leading ?', () => {
    expect(parseReaderState('view=original&flip=a').view).toBe('original');
    expect([...parseReaderState('view=original&flip=a').flipped]).toEqual(['a']);
  });

  it.each(['unknown', 'Original', 'SIDE-BY-SIDE', 'side by side', ''])('falls back to reading for view=%j', (view) => {
    expect(parseReaderState(`?view=${encodeURIComponent(view)}`).view).toBe('reading');
  });

  it('reads flipped block IDs, in order, without blanks or repeats', () => {
    const { flipped } = parseReaderState('?flip=b,,a, c ,b,');
    expect([...flipped]).toEqual(['b', 'a', 'c']);
  });

  it('reads escaped commas between IDs', () => {
    expect([...parseReaderState('?flip=a%2Cb').flipped]).toEqual(['a', 'b']);
  });

  it('drops unknown flip IDs when the known IDs are given', () => {
    const known = new Set(['lead', 'la-visita-del-jefe-del-estado']);
    const { flipped } = parseReaderState('?flip=lead,nope,la-visita-del-jefe-del-estado,<script>', known);
    expect([...flipped]).toEqual(['lead', 'la-visita-del-jefe-del-estado']);
  });

  it('keeps every flip ID when no known IDs are given', () => {
    expect([...parseReaderState('?flip=anything,goes').flipped]).toEqual(['anything', 'goes']);
  });

  it('drops every flip ID when none is known', () => {
    expect(parseReaderState('?flip=a,b', new Set()).flipped.size).toBe(0);
  });

  it('ignores other parameters', () => {
    expect(parseReaderState('?utm_source=x&view=side-by-side&ref=y')).toEqual(state('side-by-side'));
  });
});

describe('formatReaderState', () => {
  it('leaves the defaults out, so a plain article link stays plain', () => {
    expect(formatReaderState('', state('reading'))).toBe('');
    expect(formatReaderState('?view=original&flip=a', state('reading'))).toBe('');
  });

  it('writes a non-default view', () => {
    expect(formatReaderState('', state('side-by-side'))).toBe('?view=side-by-side');
    expect(formatReaderState('', state('original'))).toBe('?view=original');
  });

  it('writes flipped IDs with plain, unescaped commas', () => {
    expect(formatReaderState('', state('reading', 'a', 'b-c'))).toBe('?flip=a,b-c');
    expect(formatReaderState('', state('original', 'x', 'y'))).toBe('?view=original&flip=x,y');
  });

  it('keeps other query parameters and their order', () => {
    expect(formatReaderState('?utm_source=news&ref=home', state('original', 'a'))).toBe(
      '?utm_source=news&ref=home&view=original&flip=a',
    );
    expect(formatReaderState('?a=1&view=original&b=2', state('side-by-side'))).toBe('?a=1&view=side-by-side&b=2');
    expect(formatReaderState('?a=1&view=original&flip=x&b=2', state('reading'))).toBe('?a=1&b=2');
  });

  it('works without the leading ?', () => {
    expect(formatReaderState('a=1', state('original'))).toBe('?a=1&view=original');
  });
});

describe('parse and format round trip', () => {
  it.each([
    state('reading'),
    state('original'),
    state('side-by-side'),
    state('reading', 'la-visita-del-jefe-del-estado'),
    state('side-by-side', 'a', 'b', 'c'),
    state('original', 'the-chief-of-the-general-staff', 'triangular-cooperation-and-signs-of-cuban'),
  ])('keeps the state %#', (original) => {
    const parsed = parseReaderState(formatReaderState('', original));
    expect(parsed.view).toBe(original.view);
    expect([...parsed.flipped]).toEqual([...original.flipped]);
  });

  it('formats a parsed query back to itself', () => {
    for (const search of ['?view=side-by-side&flip=a,b', '?flip=x', '?view=original', '']) {
      expect(formatReaderState('', parseReaderState(search))).toBe(search);
    }
  });

  it('keeps other parameters through a round trip', () => {
    const search = formatReaderState('?ref=home', state('original', 'a'));
    expect(new URLSearchParams(search).get('ref')).toBe('home');
    expect(parseReaderState(search)).toEqual(state('original', 'a'));
  });
});

describe('readReaderQuery (the controls script’s reading of the address and storage)', () => {
  it('tells whether a query names the reader state at all, even empty or unknown', () => {
    for (const search of ['', '?', '?utm_source=x', 'views=original', '?flips=a'])
      expect(readReaderQuery(search, views, defaultView).stated).toBe(false);
    for (const search of ['?view=', '?flip=', '?view=nope', '?flip=a', 'view=original'])
      expect(readReaderQuery(search, views, defaultView).stated).toBe(true);
  });

  it('keeps repeated IDs, which parseReaderState drops', () => {
    expect(readReaderQuery('?flip=a,b,a', views, defaultView).flipped).toEqual(['a', 'b', 'a']);
    expect([...parseReaderState('?flip=a,b,a').flipped]).toEqual(['a', 'b']);
  });

  it('falls back to the view it is given, on any view it does not know', () => {
    for (const search of ['?view=columns', '?view=__proto__', '?view=toString', '?view=', '?view=%'])
      expect(readReaderQuery(search, ['reading', 'original'], 'original').view).toBe('original');
    expect(readReaderQuery('?view=columns', ['reading', 'columns'], 'reading').view).toBe('columns');
  });
});

describe('writeReaderQuery (the controls script’s writing of the address and storage)', () => {
  it('leaves out the default view it is given, and no flips', () => {
    expect(writeReaderQuery('', 'original', [], 'original')).toBe('');
    expect(writeReaderQuery('', 'reading', [], 'original')).toBe('?view=reading');
    expect(writeReaderQuery('?view=original&flip=a&ref=x', 'original', [], 'original')).toBe('?ref=x');
  });

  it('writes the flips in the order given, commas plain, everything else in an ID escaped', () => {
    const ids = ['b', 'a b', 'c&d', 'e,f', 'ñ', 'a'];
    const search = writeReaderQuery('?ref=x', 'side-by-side', ids, defaultView);
    expect(search).toBe('?ref=x&view=side-by-side&flip=b,a+b,c%26d,e,f,%C3%B1,a');
    // An ID with a comma in it does not survive, which is why block IDs are kebab case.
    expect(readReaderQuery(search, views, defaultView).flipped).toEqual(['b', 'a b', 'c&d', 'e', 'f', 'ñ', 'a']);
  });

  it('gives storage its text without the leading ?', () => {
    expect(writeReaderQuery('', 'original', ['a'], defaultView).slice(1)).toBe('view=original&flip=a');
  });

  it('round-trips with readReaderQuery', () => {
    for (const view of views) {
      for (const flipped of [[], ['a'], ['x', 'y', 'z']]) {
        const read = readReaderQuery(writeReaderQuery('', view, flipped, defaultView), views, defaultView);
        expect({ view: read.view, flipped: read.flipped }).toEqual({ view, flipped });
      }
    }
  });
});
