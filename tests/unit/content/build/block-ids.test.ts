import { describe, expect, it } from 'vitest';
import { assignIds, idFromText, invalidIdReason, maxIdLength } from '@/lib/content/build/ids/block-ids';

describe('idFromText: a readable ID from a block’s opening words', () => {
  it('joins the opening words in lowercase with hyphens', () => {
    expect(idFromText('The Chief of the General Staff of the Armed Forces')).toBe('the-chief-of-the-general-staff');
  });

  it('drops accents, as the Spanish paragraph of the seed shows', () => {
    expect(idFromText('La visita del jefe del Estado Mayor bielorruso a Cuba no puede leerse aisladamente.')).toBe(
      'la-visita-del-jefe-del-estado',
    );
    expect(idFromText('Álvaro López Miera viajó a Moscú')).toBe('alvaro-lopez-miera-viajo-a-moscu');
    expect(idFromText('El año de la señal')).toBe('el-ano-de-la-senal');
    expect(idFromText('Über Ça ÉTÉ')).toBe('uber-ca-ete');
  });

  it('drops apostrophes instead of splitting the word on them', () => {
    expect(idFromText("Muraveiko's current visit also takes place after the tour")).toBe(
      'muraveikos-current-visit-also-takes-place',
    );
    expect(idFromText('Muraveiko’s visit')).toBe('muraveikos-visit');
    expect(idFromText("O'Brien didn't")).toBe('obrien-didnt');
  });

  it('treats punctuation, digits and inverted Spanish marks sensibly', () => {
    expect(idFromText('In May 2025, an exclusive dossier from this media outlet')).toBe('in-may-2025-an-exclusive-dossier');
    expect(idFromText('¿Qué pasó? Él dijo “sí”.')).toBe('que-paso-el-dijo-si');
    expect(idFromText('  -- Leading   punctuation --  ')).toBe('leading-punctuation');
    expect(idFromText('S-125 anti-aircraft')).toBe('s-125-anti-aircraft');
  });

  it('takes at most six words', () => {
    expect(idFromText('one two three four five six seven eight')).toBe('one-two-three-four-five-six');
    expect(idFromText('one two three four five six seven eight').split('-')).toHaveLength(6);
  });

  it('stays within 48 characters, cut at a word boundary', () => {
    const id = idFromText('aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffff');
    expect(maxIdLength).toBe(48);
    expect(id).toBe('aaaaaaaaaa-bbbbbbbbbb-cccccccccc-dddddddddd');
    expect(id.length).toBeLessThanOrEqual(48);
    expect(id.endsWith('-')).toBe(false);
  });

  it('keeps a word that exactly reaches 48 characters', () => {
    // 10 + 1 + 10 + 1 + 10 + 1 + 15 = 48
    const id = idFromText('aaaaaaaaaa bbbbbbbbbb cccccccccc ddddddddddddddd more');
    expect(id).toBe('aaaaaaaaaa-bbbbbbbbbb-cccccccccc-ddddddddddddddd');
    expect(id).toHaveLength(48);
  });

  it('cuts a single overlong first word to 48 characters rather than giving up', () => {
    const id = idFromText(`${'x'.repeat(60)} tail`);
    expect(id).toBe('x'.repeat(48));
  });

  it('does not change when the block’s tail is edited', () => {
    const before = 'The Belarusian Ministry of Defense confirmed its arrival, although it did not provide details.';
    const after = 'The Belarusian Ministry of Defense confirmed its visit on Monday, and gave the agenda.';
    expect(idFromText(after)).toBe(idFromText(before));
  });

  it('does change when the opening words are edited', () => {
    expect(idFromText('The Belarusian Ministry of Defence confirmed')).not.toBe(
      idFromText('The Belarusian Ministry of Defense confirmed'),
    );
  });

  it('falls back to "block" when the text has no latin letters or digits', () => {
    expect(idFromText('')).toBe('block');
    expect(idFromText('   ')).toBe('block');
    expect(idFromText('—…!?')).toBe('block');
    expect(idFromText('Ωμέγα')).toBe('block');
    expect(idFromText('日本語')).toBe('block');
  });

  it('always produces an ID that invalidIdReason accepts', () => {
    const samples = [
      'La visita del jefe del Estado Mayor…',
      "Muraveiko's current visit",
      `${'x'.repeat(60)} y`,
      '日本語',
      '¿Qué?',
      'aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee',
    ];
    for (const text of samples) expect(invalidIdReason(idFromText(text)), text).toBeUndefined();
  });
});

describe('assignIds: unique IDs for every block', () => {
  it('derives IDs from each block’s text, in order', () => {
    expect(assignIds([{ text: 'First paragraph here' }, { text: 'Second paragraph here' }])).toEqual([
      'first-paragraph-here',
      'second-paragraph-here',
    ]);
  });

  it('adds -2, -3… to repeats in document order', () => {
    expect(
      assignIds([{ text: 'Hello world' }, { text: 'Other' }, { text: 'Hello, world!' }, { text: 'Hello world.' }]),
    ).toEqual(['hello-world', 'other', 'hello-world-2', 'hello-world-3']);
  });

  it('lets pinned IDs win: a derived ID that collides with a pinned one gets a suffix, even if it comes first', () => {
    expect(assignIds([{ text: 'Hello world' }, { pinned: 'hello-world', text: 'Something else' }])).toEqual([
      'hello-world-2',
      'hello-world',
    ]);
  });

  it('skips suffixes already pinned elsewhere', () => {
    expect(
      assignIds([
        { text: 'Hello world' },
        { text: 'Hello world' },
        { pinned: 'hello-world-3', text: 'x' },
        { text: 'Hello world' },
      ]),
    ).toEqual(['hello-world', 'hello-world-2', 'hello-world-3', 'hello-world-4']);
  });

  it('keeps pinned IDs exactly as written', () => {
    expect(assignIds([{ pinned: 'lead', text: 'The Chief of the General Staff' }])).toEqual(['lead']);
  });

  it('leaves duplicate pinned IDs for the caller to report', () => {
    expect(assignIds([{ pinned: 'same', text: 'a' }, { pinned: 'same', text: 'b' }])).toEqual(['same', 'same']);
  });

  it('gives every untitled block a distinct "block" ID', () => {
    expect(assignIds([{ text: '—' }, { text: '…' }, { text: '日本' }])).toEqual(['block', 'block-2', 'block-3']);
  });

  it('keeps suffixed IDs within 48 characters and valid', () => {
    const long = 'abcdefghij abcdefghij abcdefghij abcdefghij abcdefg';
    const ids = assignIds([{ text: long }, { text: long }, { text: long }]);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) {
      expect(id.length).toBeLessThanOrEqual(maxIdLength);
      expect(invalidIdReason(id)).toBeUndefined();
    }
    expect(ids[1]).toMatch(/-2$/);
    expect(ids[2]).toMatch(/-3$/);
  });

  it('gives unique IDs across many repeats', () => {
    const ids = assignIds(Array.from({ length: 12 }, () => ({ text: 'Same words' })));
    expect(new Set(ids).size).toBe(12);
    expect(ids.at(-1)).toBe('same-words-12');
  });
});

describe('invalidIdReason', () => {
  it('accepts lowercase ASCII words joined by single hyphens', () => {
    for (const id of ['a', 'lead', 'la-visita-del-jefe', 's-125', '2024-elections', 'x'.repeat(48)]) {
      expect(invalidIdReason(id), id).toBeUndefined();
    }
  });

  it.each([
    ['spaces', 'my id'],
    ['uppercase', 'My-Id'],
    ['non-ASCII', 'visita-así'],
    ['an underscore', 'my_id'],
    ['a double hyphen', 'my--id'],
    ['a leading hyphen', '-my-id'],
    ['a trailing hyphen', 'my-id-'],
    ['a dot', 'my.id'],
    ['nothing at all', ''],
  ])('rejects an ID with %s', (_, id) => {
    expect(invalidIdReason(id)).toMatch(/lowercase ASCII letters, digits and single hyphens/);
  });

  it('rejects an ID of digits only, which JSON objects would sort first', () => {
    expect(invalidIdReason('2024')).toMatch(/needs a letter/);
  });

  it('derives an ID with a letter from a block of digits only', () => {
    expect(idFromText('2025')).toBe('block-2025');
  });

  it('rejects an ID longer than 48 characters, saying so', () => {
    const reason = invalidIdReason('x'.repeat(49));
    expect(reason).toMatch(/longer than 48 characters/);
  });

  it('names the offending ID in the reason', () => {
    expect(invalidIdReason('Bad ID')).toContain('"Bad ID"');
  });
});
