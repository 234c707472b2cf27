// The markup the reader's components render and its controls script (lib/pre-paint/) relies on,
// named once: the script finds controls by these names, the stylesheet by the same classes.

export const readerDom = {
  /** The element holding the article's blocks. */
  blocksId: 'reader_blocks',
  /** Set on the blocks element once every control of the page answers (React's effects have run). */
  liveAttribute: 'data-live',
  /** Each block of the article; its `id` is the block's ID. */
  block: 'block',
  /** The radio buttons of the view switcher (`value` a view). */
  viewInput: 'view',
  /** Each block's flip checkbox (`value` the block's ID; checked: flipped). */
  flipInput: 'flip',
  /** A block's toolbar of controls: one Tab stop, arrow keys move inside. */
  controls: 'block-controls',
  /** The controls of a block's toolbar, as a selector inside it. */
  control: 'input, button, a',
  /** The sticky bar the reading area starts below. */
  toolbar: 'toolbar',
  /** Links to the same page in the other language. */
  languageLink: 'language-switch',
  /** Fired on `window` after a control changed the address: `detail` says which, `{ input, value }`. */
  changeEvent: 'paralelo:reader',
} as const;

/** Under this width, side by side shows one version of a block at a time (app/styles/reader.css, the same query). */
export const narrowScreenQuery = '(max-width: 767px)';

/** What `readerDom.changeEvent` carries: the name and value of the input the reader changed. */
export interface ReaderChange {
  input: string;
  value: string;
}
