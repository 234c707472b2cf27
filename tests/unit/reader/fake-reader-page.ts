import { readerControlsScript } from '@/lib/pre-paint/reader-controls';
import { readerDom } from '@/lib/reader/reader-dom';
import { defaultView, views } from '@/lib/reader/reader-state';
import { storageKey } from '@/lib/reader/stored-state';
import { fakeBrowser, type FakeBrowserOptions } from '../site/fake-browser';
import { h, type FakeElement, type Rect } from '../site/fake-dom';

export const articleUrl = 'https://paralelo.test/en/articles/an-article';
export const readerKey = storageKey('en', 'an-article');

/** The fake layout, in px: the sticky bar's height, where the blocks start, a block's height. */
export const sizes = { bar: 60, blocksTop: 400, block: (index: number) => 100 + 40 * (index % 3) };

export interface ReaderPageOptions extends Omit<Partial<FakeBrowserOptions>, 'url' | 'body'> {
  /** What follows the article's path in the address: `?…#…`. */
  address?: string;
  ids?: readonly string[];
  formerIds?: Record<string, string>;
  /** The controls script to run; the article page's by default, none with ''. */
  script?: string;
}

const toolbarOf = (id: string) =>
  h(
    'div',
    { class: readerDom.controls, role: 'toolbar' },
    h(
      'label',
      { class: 'flip' },
      h('input', { type: 'checkbox', role: 'switch', name: readerDom.flipInput, value: id }),
    ),
    h('button', { type: 'button', class: 'listen', tabindex: '-1' }),
    h('a', { class: 'share', href: `/en/articles/an-article/p/${id}`, tabindex: '-1' }),
  );

/**
 * An article page as the server renders it for the controls script: the language link, the
 * view radios, the sticky bar with their labels, and the blocks, each with its toolbar. Its
 * layout follows the inputs as the stylesheet would: side by side doubles a block's height on a
 * wide screen (and adds the tabs on a narrow one), a flip makes a block a little taller, and
 * `textScale` scales them all; the sticky bar stays at the top.
 */
export function readerPage({
  address = '',
  ids = ['one', 'two', 'three'],
  formerIds = {},
  script = readerControlsScript(readerKey, formerIds),
  ...options
}: ReaderPageOptions = {}) {
  const blocks = ids.map((id) =>
    h('div', { id, class: readerDom.block, tabindex: '-1', role: 'group' }, toolbarOf(id)),
  );
  const body = [
    h('header', {}, h('a', { class: readerDom.languageLink, href: '/es/articles/an-article', hreflang: 'es' })),
    h(
      'main',
      {},
      h(
        'div',
        { class: 'view-inputs', role: 'radiogroup' },
        ...views.map((view) =>
          h('input', {
            type: 'radio',
            id: `view-${view}`,
            name: readerDom.viewInput,
            value: view,
            ...(view === defaultView ? { checked: '' } : {}),
          }),
        ),
      ),
      h(
        'div',
        { class: readerDom.toolbar },
        h(
          'div',
          { class: 'view-switcher' },
          ...views.map((view) => h('label', { for: `view-${view}`, 'data-view': view })),
        ),
      ),
      h('div', { id: readerDom.blocksId, class: 'blocks' }, ...blocks),
    ),
  ];
  const browser = fakeBrowser({ url: articleUrl + address, body, ...options });
  const { document } = browser;
  const find = (selector: string) => {
    const element = document.querySelector(selector);
    if (!element) throw new Error(`no ${selector}`);
    return element;
  };
  const named = (name: string, value: string) => {
    const input = document.getElementsByName(name).find((element) => element.value === value);
    if (!input) throw new Error(`no input ${name}=${value}`);
    return input;
  };
  const block = (id: string) => {
    const element = document.getElementById(id);
    if (!element) throw new Error(`no block ${id}`);
    return element;
  };
  const page = Object.assign(browser, {
    textScale: 1,
    blocks,
    block,
    flip: (id: string) => named(readerDom.flipInput, id),
    viewInput: (view: string) => named(readerDom.viewInput, view),
    viewLabel: (view: string) => find(`label[data-view="${view}"]`),
    /** A control of block `id`'s toolbar. */
    control: (id: string, name: 'flip' | 'listen' | 'share') =>
      block(id).querySelector(name === 'flip' ? 'input' : `.${name}`)!,
    languageLink: find(`a.${readerDom.languageLink}`),
    /** The view its radios show, and the blocks their flips show flipped. */
    shown() {
      const view = document.getElementsByName(readerDom.viewInput).find((input) => input.checked)?.value;
      const flipped = document.getElementsByName(readerDom.flipInput).filter((input) => input.checked);
      return { view, flipped: flipped.map((input) => input.value) };
    },
    /** Where block `id` starts on screen, relative to the top of the reading area (below the bar). */
    offset: (id: string) => block(id).getBoundingClientRect().top - sizes.bar,
    /** The address after the origin. */
    address: () => browser.window.location.href.slice(new URL(articleUrl).origin.length),
  });
  const height = (index: number) => {
    const { view, flipped } = page.shown();
    const wide = view === 'side-by-side' && !page.narrow;
    let px = sizes.block(index);
    if (wide) px *= 2;
    else if (flipped.includes(ids[index]!)) px += 20;
    if (view === 'side-by-side' && page.narrow) px += 30;
    return px * page.textScale;
  };
  const rect = (top: number, px: number): Rect => ({
    top,
    bottom: top + px,
    left: 0,
    right: 1280,
    width: 1280,
    height: px,
  });
  document.layout = (element: FakeElement) => {
    if (element.classList.contains(readerDom.toolbar)) return rect(0, sizes.bar);
    const index = blocks.indexOf(element);
    if (index < 0) return rect(0, 0);
    let top = sizes.blocksTop - page.scrollY;
    for (let i = 0; i < index; i++) top += height(i);
    return rect(top, height(index));
  };
  if (script) page.run(script);
  return page;
}

export type ReaderPage = ReturnType<typeof readerPage>;
