import { describe, expect, it } from 'vitest';
import { inlineScript } from '@/lib/pre-paint/inline-script';
import { applyReaderState, restoreStateScript } from '@/lib/pre-paint/reader-state';
import { defaultView, parseReaderState, readReaderQuery, views } from '@/lib/reader/reader-state';
import { blocksElementId, storageKey } from '@/lib/reader/stored-state';
import { scriptLiteral } from '@/lib/script-literal';
import { blocked, el, runOnPage, withAttribute, type FakeElement } from '../site/fake-page';

const key = storageKey('en', 'an-article');
const script = restoreStateScript(key);

/** Blocks right inside the blocks element, as the server renders them; IDs a script must not trip on. */
const blockIds = ['lead', 'second', 'quo"te', "it's", '</script>', 'a b'];

/** An article page: its blocks, a block inside a group (as long articles have them), and an element with an ID outside them. */
function articlePage(): FakeElement {
  return el(
    {},
    el({ id: 'main_content' }),
    el(
      { id: blocksElementId, class: 'blocks', 'data-view': defaultView },
      el({ class: 'columns' }),
      ...blockIds.map((id) => el({ id, class: 'block' })),
      el({ class: 'block-group' }, el({ id: 'grouped', class: 'block' })),
    ),
    el({ id: 'outside' }),
  );
}

const flipQuery = (ids: string[]) => `flip=${ids.map(encodeURIComponent).join(',')}`;

const addresses = [
  '',
  '?',
  '?view=',
  '?flip=',
  '?utm_source=news',
  ...views.map((view) => `?view=${view}`),
  '?view=Original',
  '?view=SIDE-BY-SIDE',
  '?view=side%20by%20side',
  '?view=__proto__',
  '?view=constructor&flip=toString,hasOwnProperty',
  '?view=original&view=side-by-side',
  '?view=%3C%2Fscript%3E',
  '?flip=lead',
  '?flip=lead,,second,%20lead%20,',
  '?flip=lead%2Csecond',
  '?flip=lead&flip=second',
  `?view=side-by-side&${flipQuery(blockIds)}`,
  `?${flipQuery(['grouped', 'outside', 'main_content', blocksElementId, 'nope', ''])}`,
  `?view=original&${flipQuery(['quo"te', "it's", '</script>'])}`,
  '?flip=%E0%A4%A',
];

const stored = [
  undefined,
  '',
  'view=original',
  'view=side-by-side&flip=second',
  `${flipQuery(['lead', 'grouped', 'nope'])}`,
  'view=unknown&flip=,,',
  'not a query at all',
  '%%%&&&==',
  blocked,
] as const;

/** `data-view` of the blocks and the IDs with `data-flipped` once the script has run. */
function afterScript(url: string, storedState: (typeof stored)[number], unguarded: boolean) {
  const html = articlePage();
  const storage = storedState === blocked ? blocked : storedState === undefined ? {} : { [key]: storedState };
  const read = runOnPage(
    script,
    { html, url: `https://paralelo.test/en/articles/an-article${url}`, storage },
    unguarded,
  );
  return {
    view: withAttribute(html, 'data-view')[blocksElementId],
    flipped: Object.keys(withAttribute(html, 'data-flipped')),
    read,
  };
}

describe('the article page’s script and parseReaderState agree', () => {
  const cases = addresses.flatMap((url) => stored.map((s) => [url, s] as const));

  it.each(cases)('on %j with %j stored', (url, storedState) => {
    // The rule, from the address alone: a view or flips named there, even empty, win over storage.
    const params = new URLSearchParams(url);
    const stated = params.has('view') || params.has('flip');
    const query = stated || storedState === blocked ? url : (storedState ?? '');
    const expected = parseReaderState(query, new Set([...blockIds, 'grouped']));

    const after = afterScript(url, storedState, storedState !== blocked);
    expect(after.view).toBe(expected.view);
    expect(after.flipped.sort()).toEqual([...expected.flipped].sort());
    expect(after.read).toEqual(stated ? [] : [key]);
  });

  it('leaves a page without the blocks element alone, and reads no storage there', () => {
    const html = el({}, el({ id: 'lead', class: 'block' }));
    expect(
      runOnPage(script, { html, url: 'https://paralelo.test/?flip=lead', storage: { [key]: 'view=original' } }, true),
    ).toEqual([]);
    expect(withAttribute(html, 'data-flipped')).toEqual({});
  });
});

describe('the article page’s script is built from the typed code', () => {
  it('embeds the views, the storage key, the blocks element and the functions of reader-state.ts', () => {
    for (const value of [views, defaultView, key, blocksElementId]) expect(script).toContain(scriptLiteral(value));
    expect(script).toContain(readReaderQuery.toString());
    expect(script).toContain(applyReaderState.toString());
  });

  it('writes no view, key or element ID of its own', () => {
    for (const source of [readReaderQuery.toString(), applyReaderState.toString()]) {
      for (const name of [...views, blocksElementId, 'paralelo:'])
        expect(source).not.toMatch(new RegExp(`['"\`]${name}`));
    }
  });

  it('follows the views it is given: another view would need no change to the code', () => {
    const withColumns = inlineScript(
      applyReaderState,
      blocksElementId,
      key,
      readReaderQuery,
      [...views, 'columns'],
      defaultView,
    );
    for (const [code, view] of [
      [withColumns, 'columns'],
      [script, defaultView],
    ] as const) {
      const html = articlePage();
      runOnPage(code, { html, url: 'https://paralelo.test/?view=columns' }, true);
      expect(withAttribute(html, 'data-view')[blocksElementId]).toBe(view);
    }
  });

  it('writes a storage key from content as a literal that cannot close the element', () => {
    const hostile = storageKey('en', '</script><script>alert(1)//');
    expect(restoreStateScript(hostile)).not.toMatch(/<\/script|<!--|<script/i);
    const html = articlePage();
    runOnPage(restoreStateScript(hostile), { html, storage: { [hostile]: 'view=original' } }, true);
    expect(withAttribute(html, 'data-view')[blocksElementId]).toBe('original');
  });
});

describe('readReaderQuery', () => {
  it('tells whether a query names the reader state at all', () => {
    expect(readReaderQuery('?utm_source=x', views, defaultView).stated).toBe(false);
    for (const search of ['?view=', '?flip=', '?view=nope', '?flip=a'])
      expect(readReaderQuery(search, views, defaultView).stated).toBe(true);
  });

  it('keeps repeated IDs, which parseReaderState drops', () => {
    expect(readReaderQuery('?flip=a,b,a', views, defaultView).flipped).toEqual(['a', 'b', 'a']);
    expect([...parseReaderState('?flip=a,b,a').flipped]).toEqual(['a', 'b']);
  });
});
