import { describe, expect, it } from 'vitest';
import { placeKey, readerControlsScript, runReaderControls } from '@/lib/pre-paint/reader-controls';
import { readerDom, type ReaderChange } from '@/lib/reader/reader-dom';
import {
  defaultView,
  formatReaderState,
  parseReaderState,
  readReaderQuery,
  views,
  writeReaderQuery,
} from '@/lib/reader/reader-state';
import { scriptLiteral } from '@/lib/script-literal';
import type { StorageMode } from '../site/fake-browser';
import { FakeEvent } from '../site/fake-dom';
import { readerKey, readerPage, sizes, type ReaderPage } from './fake-reader-page';

/** IDs a script must not trip on, and one that is a name every object has. */
const ids = ['lead', 'second', 'quo"te', "it's", '</script>', 'a b', 'constructor'];
const formerIds = { 'old-lead': 'lead', 'old-second': 'second' };
const path = '/en/articles/an-article';

const flipQuery = (list: string[]) => `flip=${list.map(encodeURIComponent).join(',')}`;

/** Every address the script may meet: the app's own, a hand-edited one, a hostile one. */
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
  '?view=constructor&flip=toString,hasOwnProperty,__proto__',
  '?view=original&view=side-by-side',
  '?view=%3C%2Fscript%3E',
  '?flip=lead',
  '?flip=lead,,second,%20lead%20,',
  '?flip=lead%2Csecond',
  '?flip=lead&flip=second',
  '?flip=old-lead,old-second,gone',
  `?view=side-by-side&${flipQuery(ids)}`,
  `?view=original&${flipQuery(['quo"te', "it's", '</script>', 'a b'])}`,
  '?flip=%E0%A4%A',
  '?flip=%',
];

/** What storage may hold (or how it fails). */
const storedStates: { value?: string; mode?: StorageMode }[] = [
  {},
  { value: '' },
  { value: 'view=original' },
  { value: 'view=side-by-side&flip=second' },
  { value: flipQuery(['lead', 'old-second', 'nope']) },
  { value: 'view=unknown&flip=,,' },
  { value: 'not a query at all' },
  { value: '%%%&&&==' },
  { value: 'flip=__proto__,toString' },
  { value: '?view=original' },
  { value: 'view=original', mode: 'blocked' },
  { value: 'view=original&flip=lead', mode: 'full' },
];

/** The inputs a query should leave checked: its view, and its flips under current IDs, of blocks on the page. */
function expected(query: string) {
  const { view, flipped } = parseReaderState(query);
  const current = new Set([...flipped].map((id) => (Object.hasOwn(formerIds, id) ? formerIds[id as 'old-lead'] : id)));
  return { view, flipped: ids.filter((id) => current.has(id)) };
}

const page = (address: string, options: Parameters<typeof readerPage>[0] = {}) =>
  readerPage({ address, ids, formerIds, ...options });

/** The changes the script announced on the window. */
function changes(tab: ReaderPage): ReaderChange[] {
  const seen: ReaderChange[] = [];
  tab.window.addEventListener(readerDom.changeEvent, (event: CustomEvent<ReaderChange>) => seen.push(event.detail));
  return seen;
}

describe('before the first paint, the inputs follow the address, else storage', () => {
  const cases = addresses.flatMap((address) => storedStates.map((stored) => [address, stored] as const));

  it.each(cases)('on %j with %j stored', (address, { value, mode = 'working' }) => {
    const stated = new URLSearchParams(address).has('view') || new URLSearchParams(address).has('flip');
    const fromStorage = !stated && mode !== 'blocked' && Boolean(value);
    const state = expected(fromStorage ? value! : address);
    const tab = page(address, { stored: value === undefined ? {} : { [readerKey]: value }, storageMode: mode });

    expect(tab.shown()).toEqual(state);
    expect(tab.read).toEqual(stated ? [] : [readerKey]);
    // A remembered state is written into the address (no history entry), and stored back as written.
    const written = formatReaderState(address, { view: state.view, flipped: new Set(state.flipped) });
    expect(tab.replaced).toEqual(fromStorage ? [path + written] : []);
    const remembered = formatReaderState('', { view: state.view, flipped: new Set(state.flipped) }).slice(1);
    const kept = fromStorage && mode === 'working' ? remembered || undefined : value;
    expect(tab.stored.get(readerKey)).toBe(kept);
  });

  it('leaves a page without the blocks alone: no input checked, no storage read, no listener', () => {
    const tab = readerPage({ address: '?flip=one', stored: { [readerKey]: 'view=original' }, script: '' });
    tab.block('one').parentElement!.removeAttribute('id');
    tab.run(readerControlsScript(readerKey, {}));
    expect(tab.shown()).toEqual({ view: defaultView, flipped: [] });
    expect(tab.read).toEqual([]);
    expect(tab.document.listenerCount('change')).toBe(0);
  });
});

describe('a tap that came before the script', () => {
  /** A page whose reader tapped `taps` (inputs) while it loaded, before the controls script ran. */
  function tappedEarly(address: string, taps: (tab: ReaderPage) => void, stored?: string) {
    const tab = page(address, { script: '', stored: stored === undefined ? {} : { [readerKey]: stored } });
    taps(tab);
    tab.run(readerControlsScript(readerKey, formerIds));
    return tab;
  }

  it('counts, over the remembered state, and is written into the address and storage', () => {
    const tab = tappedEarly(
      '',
      (t) => {
        t.viewLabel('original').click();
        t.flip('lead').click();
      },
      'view=side-by-side&flip=second',
    );
    expect(tab.shown()).toEqual({ view: 'original', flipped: ['lead', 'second'] });
    expect(tab.address()).toBe(`${path}?view=original&flip=lead,second`);
    expect(tab.stored.get(readerKey)).toBe('view=original&flip=lead,second');
  });

  it('counts over the address’s state too, which keeps its view where the tap was a flip', () => {
    const tab = tappedEarly('?view=side-by-side&flip=old-second', (t) => t.flip('a b').click());
    expect(tab.shown()).toEqual({ view: 'side-by-side', flipped: ['second', 'a b'] });
    expect(tab.address()).toBe(`${path}?view=side-by-side&flip=second,a+b`);
  });
});

describe('a change of an input', () => {
  it('writes the address (keeping its other parameters, fragment and history state) and storage, and says so', () => {
    const tab = page('?utm_source=news#second');
    const seen = changes(tab);
    tab.flip('second').click();
    expect(tab.address()).toBe(`${path}?utm_source=news&flip=second#second`);
    expect(tab.window.history.state).toEqual({ kept: true });
    expect(tab.stored.get(readerKey)).toBe('flip=second');
    tab.viewLabel('side-by-side').click();
    tab.narrow = true; // side by side on a phone flips, as reading does
    tab.flip('a b').click();
    expect(tab.address()).toBe(`${path}?utm_source=news&flip=second,a+b&view=side-by-side#second`);
    expect(tab.stored.get(readerKey)).toBe('view=side-by-side&flip=second,a+b');
    expect(seen).toEqual([
      { input: readerDom.flipInput, value: 'second' },
      { input: readerDom.viewInput, value: 'side-by-side' },
      { input: readerDom.flipInput, value: 'a b' },
    ]);
    expect(readReaderQuery(tab.window.location.search, views, defaultView).flipped).toEqual(['second', 'a b']);
  });

  it('back at the defaults, leaves a plain address and forgets the stored state', () => {
    const tab = page('?view=original&flip=lead', { stored: { [readerKey]: 'view=original&flip=lead' } });
    tab.flip('lead').click();
    tab.viewInput('reading').click();
    expect(tab.address()).toBe(path);
    expect(tab.stored.has(readerKey)).toBe(false);
  });

  it('writes the former IDs of the address as the current ones', () => {
    const tab = page('?flip=old-lead,gone');
    expect(tab.shown().flipped).toEqual(['lead']);
    tab.flip('second').click();
    expect(tab.address()).toBe(`${path}?flip=lead,second`);
  });

  it('keeps the address where storage is out of reach', () => {
    for (const storageMode of ['blocked', 'full'] as const) {
      const tab = page('', { storageMode });
      tab.flip('lead').click();
      expect(tab.address()).toBe(`${path}?flip=lead`);
      expect(tab.stored.size).toBe(0);
    }
  });

  it('does nothing for the same view again, or for another input', () => {
    const tab = page('');
    const seen = changes(tab);
    tab.viewInput(defaultView).click();
    const other = tab.flip('lead');
    other.setAttribute('name', 'theme');
    other.click();
    expect(seen).toEqual([]);
    expect(tab.replaced).toEqual([]);
  });

  it('on a wide screen side by side, where both versions show, is prevented for a flip', () => {
    const tab = page('?view=side-by-side');
    const seen = changes(tab);
    tab.flip('lead').click();
    tab.control('lead', 'flip').parentElement!.click(); // its label, as a tap does
    expect(tab.flip('lead').checked).toBe(false);
    expect(seen).toEqual([]);
    expect(tab.address()).toBe(`${path}?view=side-by-side`);
  });

  it('moves focus off a control it hid, to the control’s block', () => {
    const tab = page('');
    const share = tab.control('second', 'share');
    share.focus();
    tab.document.visible = (element) => !(element === share && tab.shown().view === 'original');
    tab.viewInput('original').click();
    tab.frame();
    expect(tab.document.activeElement).toBe(tab.block('second'));
    // Focus on a control still shown stays.
    tab.control('lead', 'flip').focus();
    tab.flip('lead').click();
    tab.frame();
    expect(tab.document.activeElement).toBe(tab.flip('lead'));
  });

  it('follows the address on back and forward, and says so', () => {
    const tab = page('?flip=lead');
    const seen = changes(tab);
    tab.back(`${path}?view=original&flip=old-second`);
    expect(tab.shown()).toEqual({ view: 'original', flipped: ['second'] });
    tab.back(`${path}?view=%3Cscript%3E&flip=%`);
    expect(tab.shown()).toEqual({ view: defaultView, flipped: [] });
    expect(seen).toEqual([
      { input: '', value: '' },
      { input: '', value: '' },
    ]);
    expect(tab.replaced).toEqual([]);
  });
});

describe('the reader’s place', () => {
  const many = Array.from({ length: 12 }, (_, i) => `b${i + 1}`);
  /** A page scrolled so that block b6 starts 30 px above the reading area (the reader is in its first lines). */
  function reading(address = '', options: Parameters<typeof readerPage>[0] = {}) {
    const tab = readerPage({ address, ids: many, ...options });
    tab.scrollTo(tab.scrollY + tab.offset('b6') + 30);
    expect(tab.offset('b6')).toBe(-30);
    return tab;
  }
  const fraction = (tab: ReaderPage, id: string) => -tab.offset(id) / tab.block(id).getBoundingClientRect().height;

  it('stays through a change of view, a flip above it and a change of text size', () => {
    const tab = reading();
    const at = fraction(tab, 'b6');
    tab.viewLabel('side-by-side').click();
    tab.frame();
    expect(fraction(tab, 'b6')).toBeCloseTo(at, 2);
    tab.frame();
    tab.viewInput('original').click();
    tab.flip('b2').click();
    tab.frame();
    expect(fraction(tab, 'b6')).toBeCloseTo(at, 2);
    tab.textScale = 1.5;
    tab.resized();
    expect(fraction(tab, 'b6')).toBeCloseTo(at, 2);
    tab.frame();
    tab.viewInput('reading').click();
    tab.frame();
    expect(fraction(tab, 'b6')).toBeCloseTo(at, 2);
  });

  it('stays on a phone, side by side and back', () => {
    const tab = reading('', { narrow: true, innerHeight: 844 });
    tab.viewInput('side-by-side').click();
    tab.frame();
    expect(tab.offset('b6')).toBeCloseTo((-30 * (sizes.block(5) + 30)) / sizes.block(5), 5);
    tab.viewInput('reading').click();
    tab.frame();
    expect(tab.offset('b6')).toBeCloseTo(-30, 5);
  });

  it('keeps the first block where it was just below the top of the reading area', () => {
    const tab = readerPage({ ids: many });
    tab.scrollTo(tab.offset('b1') - 50);
    tab.viewInput('side-by-side').click();
    tab.frame();
    expect(tab.offset('b1')).toBeCloseTo(50, 5);
  });

  it('moves nothing above the article, where the reader is on its heading', () => {
    const tab = readerPage({ ids: many });
    tab.frame();
    tab.viewInput('side-by-side').click();
    tab.resized();
    expect(tab.scrollY).toBe(0);
  });

  it('goes with the language link: the same view and flips, at the block at the top, in the same place', () => {
    const tab = reading('?view=side-by-side&flip=b2');
    const at = fraction(tab, 'b6');
    tab.languageLink.click();
    const [link] = tab.document.followed;
    expect(link).toBe('https://paralelo.test/es/articles/an-article?view=side-by-side&flip=b2#b6');
    const note = tab.session.get(placeKey)!;
    expect(note.split(' ').map((part, i) => (i === 0 ? part : Number(part)))).toEqual(['b6', at, 0]);

    // The page it opens finds the paragraph where it was, and keeps it there through the jumps
    // to the fragment, until the reader moves.
    const other = readerPage({ address: '?view=side-by-side#b6', ids: many, session: { [placeKey]: note } });
    expect(other.session.has(placeKey)).toBe(false);
    // The fragment carried the place, not a shared link: it leaves the address.
    expect(other.replaced.at(-1)).toBe('/en/articles/an-article?view=side-by-side');
    expect(fraction(other, 'b6')).toBeCloseTo(at, 5);
    other.scrollTo(other.scrollY + other.offset('b6'));
    expect(fraction(other, 'b6')).toBeCloseTo(at, 5);
    other.block('b1').dispatch(new FakeEvent('pointerdown', { bubbles: true }));
    other.scrollTo(other.scrollY + other.offset('b8'));
    expect(other.offset('b8')).toBe(0);
  });

  it('goes to the top of the other page from above the article, and leaves no place', () => {
    const top = readerPage({ ids: many });
    top.frame();
    top.languageLink.click();
    // The default view is stated too: the other page's remembered view and flips must not win.
    expect(top.document.followed).toEqual(['https://paralelo.test/es/articles/an-article?view=reading']);
    expect(top.session.has(placeKey)).toBe(false);
  });

  it('keeps the language link’s address in step: the place where a scroll rests, the flips at once', () => {
    const tab = reading();
    const link = () => tab.languageLink.getAttribute('href');
    const other = 'https://paralelo.test/es/articles/an-article';
    expect(link()).toBe(`${other}?view=reading`);
    tab.wait();
    expect(link()).toBe(`${other}?view=reading#b6`);
    tab.flip('b7').click();
    expect(link()).toBe(`${other}?view=reading&flip=b7#b6`);
    tab.viewInput('original').click();
    expect(link()).toBe(`${other}?view=original&flip=b7#b6`);
    tab.frame();
    tab.scrollTo(tab.scrollY + tab.offset('b9'));
    expect(link(), 'before the scroll rests').toBe(`${other}?view=original&flip=b7#b6`);
    tab.wait();
    expect(link()).toBe(`${other}?view=original&flip=b7#b9`);
    // A scroll whose frame has not come yet, the link pressed at once: the press measures it.
    tab.window.scrollBy(0, tab.offset('b10'));
    tab.window.dispatchEvent(new FakeEvent('scroll'));
    tab.languageLink.dispatch(new FakeEvent('pointerdown', { bubbles: true }));
    expect(link()).toBe(`${other}?view=original&flip=b7#b10`);
  });

  it('keeps the place when the reader goes up to the header, where the link is, and takes a stop on the way', () => {
    const tab = reading();
    tab.wait();
    // The start of the article's text, just below the bar, then the top of the page.
    tab.scrollTo(sizes.blocksTop - sizes.bar - 30);
    tab.wait();
    expect(tab.languageLink.getAttribute('href')).toBe('https://paralelo.test/es/articles/an-article?view=reading#b6');
    tab.scrollTo(0);
    tab.wait();
    tab.languageLink.click();
    expect(tab.document.followed).toEqual(['https://paralelo.test/es/articles/an-article?view=reading#b6']);

    const slower = reading();
    slower.wait();
    slower.scrollTo(slower.scrollY + slower.offset('b3') + 20);
    slower.wait();
    slower.scrollTo(0);
    slower.wait();
    slower.languageLink.click();
    expect(slower.document.followed).toEqual(['https://paralelo.test/es/articles/an-article?view=reading#b3']);
  });

  it('keeps the place through a walk back to the header with Shift+Tab, which scrolls to each control', () => {
    const tab = reading();
    const at = fraction(tab, 'b6');
    tab.wait();
    tab.block('b6').focus();
    for (const id of ['b5', 'b3', 'b1']) {
      tab.document.activeElement.press('Tab', { shiftKey: true });
      tab.control(id, 'flip').focus();
      tab.scrollTo(tab.scrollY + tab.offset(id) - 10);
      tab.wait();
    }
    tab.document.activeElement.press('Tab', { shiftKey: true });
    tab.languageLink.focus();
    tab.scrollTo(0);
    tab.wait();
    expect(tab.languageLink.getAttribute('href')).toBe('https://paralelo.test/es/articles/an-article?view=reading#b6');
    tab.languageLink.press('Enter');
    tab.languageLink.click();
    expect(tab.document.followed).toEqual(['https://paralelo.test/es/articles/an-article?view=reading#b6']);
    expect(tab.session.get(placeKey)).toBe(['b6', at, 0].join(' '));
  });

  it('follows the reader again once they scroll after such a walk', () => {
    const tab = reading();
    tab.document.activeElement.press('Tab', { shiftKey: true });
    tab.scrollTo(tab.scrollY + tab.offset('b3'));
    tab.wait();
    tab.document.body.dispatch(new FakeEvent('wheel', { bubbles: true }));
    tab.scrollTo(tab.scrollY + tab.offset('b2'));
    tab.wait();
    tab.languageLink.click();
    expect(tab.document.followed).toEqual(['https://paralelo.test/es/articles/an-article?view=reading#b2']);
  });

  it('ignores a place left for another paragraph than the address names, or one it cannot read', () => {
    for (const note of ['b6 0.5 0', 'b6 x y', 'nowhere 0.5 0', '']) {
      const tab = readerPage({ address: '#b3', ids: many, session: { [placeKey]: note } });
      expect(tab.session.has(placeKey)).toBe(false);
      expect(tab.scrollY).toBe(0);
    }
    const tab = readerPage({ address: '#b3', ids: many, session: { [placeKey]: 'b3 nonsense -' } });
    expect(tab.offset('b3')).toBe(0);
  });
});

describe('a block’s toolbar', () => {
  it('is one Tab stop: the arrows, Home and End move inside it, past a control that does not show', () => {
    const tab = page('');
    const [flip, listen, share] = (['flip', 'listen', 'share'] as const).map((name) => tab.control('second', name));
    const tabbable = () => [flip, listen, share].map((control) => control!.tabIndex);
    flip!.focus();
    expect(tabbable()).toEqual([0, -1, -1]);
    expect(flip!.press('ArrowRight').defaultPrevented).toBe(true);
    expect(tab.document.activeElement).toBe(listen);
    expect(tabbable()).toEqual([-1, 0, -1]);
    listen!.press('End');
    expect(tab.document.activeElement).toBe(share);
    share!.press('ArrowRight');
    expect(tab.document.activeElement).toBe(flip);
    flip!.press('ArrowLeft');
    expect(tab.document.activeElement).toBe(share);
    share!.press('Home');
    expect(tab.document.activeElement).toBe(flip);
    // Modified keys and other keys are left to the browser.
    expect(flip!.press('ArrowRight', { altKey: true }).defaultPrevented).toBe(false);
    expect(flip!.press('a').defaultPrevented).toBe(false);
    expect(tab.document.activeElement).toBe(flip);
    listen!.hidden = true;
    flip!.press('ArrowRight');
    expect(tab.document.activeElement).toBe(share);
    // The other toolbars keep their own Tab stop.
    expect(tab.control('lead', 'flip').tabIndex).toBe(0);
  });
});

describe('the controls script is built from the typed code', () => {
  const script = readerControlsScript(readerKey, formerIds);

  it('embeds the reader’s names, views, key and former IDs, and the functions it runs', () => {
    for (const value of [readerDom, views, defaultView, readerKey, formerIds])
      expect(script).toContain(scriptLiteral(value));
    for (const fn of [runReaderControls, readReaderQuery, writeReaderQuery]) expect(script).toContain(fn.toString());
  });

  it('writes no element name, key or event of its own', () => {
    const names = [readerDom.blocksId, readerDom.changeEvent, readerDom.controls, readerDom.languageLink, 'paralelo:'];
    for (const fn of [runReaderControls, readReaderQuery, writeReaderQuery]) {
      for (const name of [...names, 'reading', 'original'])
        expect(fn.toString()).not.toMatch(new RegExp(`['"\`]${name}`));
    }
  });

  it('writes content (a storage key, former IDs) as literals that cannot close the element', () => {
    const hostile = readerControlsScript('paralelo:reader:en:</script><script>alert(1)//', { '</script>': 'lead' });
    expect(hostile).not.toMatch(/<\/script|<!--|<script/i);
    const tab = readerPage({ address: '?flip=%3C%2Fscript%3E', ids, script: hostile });
    expect(tab.shown().flipped).toEqual(['lead']);
  });
});
