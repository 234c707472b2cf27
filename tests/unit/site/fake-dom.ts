// A DOM just large enough for the page's control scripts (lib/pre-paint/) and the reader
// (lib/reader/) to run on, in node: elements in a tree, events that capture and bubble,
// checkboxes, radios and selects that change as a browser's do, simple selectors, and a layout
// the test decides. The window around it is ./fake-browser.ts.

export interface FakeEventInit {
  bubbles?: boolean;
  cancelable?: boolean;
  key?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

/** An event as the scripts read it: target, keys, and whether a listener prevented its default. */
export class FakeEvent {
  target: FakeElement | null = null;
  currentTarget: unknown = null;
  defaultPrevented = false;
  readonly bubbles: boolean;
  readonly cancelable: boolean;
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;

  constructor(
    readonly type: string,
    init: FakeEventInit = {},
  ) {
    this.bubbles = init.bubbles ?? false;
    this.cancelable = init.cancelable ?? false;
    this.key = init.key ?? '';
    this.ctrlKey = init.ctrlKey ?? false;
    this.metaKey = init.metaKey ?? false;
    this.altKey = init.altKey ?? false;
    this.shiftKey = init.shiftKey ?? false;
  }

  preventDefault() {
    if (this.cancelable) this.defaultPrevented = true;
  }
}

type Listener = (event: never) => void;

/** Listeners by type and phase, as `EventTarget` keeps them. */
export class FakeTarget {
  readonly #listeners: { type: string; fn: Listener; capture: boolean }[] = [];

  addEventListener(type: string, fn: Listener, options?: boolean | { capture?: boolean }) {
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    if (this.#listeners.some((l) => l.type === type && l.fn === fn && l.capture === capture)) return;
    this.#listeners.push({ type, fn, capture });
  }

  removeEventListener(type: string, fn: Listener, options?: boolean | { capture?: boolean }) {
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    const at = this.#listeners.findIndex((l) => l.type === type && l.fn === fn && l.capture === capture);
    if (at >= 0) this.#listeners.splice(at, 1);
  }

  /** How many listeners of `type` are on this target. */
  listenerCount(type: string): number {
    return this.#listeners.filter((l) => l.type === type).length;
  }

  /** Calls this target's listeners of `event.type` in one phase. */
  invoke(event: { type: string }, capture: boolean) {
    for (const l of [...this.#listeners]) {
      if (l.type !== event.type || l.capture !== capture) continue;
      if (event instanceof FakeEvent) event.currentTarget = this;
      (l.fn as (event: unknown) => void).call(this, event);
    }
  }

  /** Fires `event` here alone (a window or a custom event). */
  dispatchEvent(event: { type: string; defaultPrevented?: boolean }): boolean {
    this.invoke(event, true);
    this.invoke(event, false);
    return !event.defaultPrevented;
  }
}

// Selectors: lists of compound selectors (tag, .class, #id, [attr], [attr="value"]), no
// combinators; anything else throws, so a script that needs more fails its test loudly.
const token = /(?:([a-z][\w-]*)|\.([\w-]+)|#([\w-]+)|\[([\w-]+)(?:="((?:\\.|[^"\\])*)")?\]|(\s*,\s*))/y;
type Test = (element: FakeElement) => boolean;

function compile(selector: string): Test[] {
  const list: Test[][] = [[]];
  const source = selector.trim();
  token.lastIndex = 0;
  while (token.lastIndex < source.length) {
    const at = token.lastIndex;
    const m = token.exec(source);
    if (!m) throw new Error(`fake DOM: unsupported selector ${JSON.stringify(selector)} at ${at}`);
    const [, tag, cls, id, attr, value, comma] = m;
    const tests = list.at(-1)!;
    if (comma) list.push([]);
    else if (tag) tests.push((e) => e.localName === tag);
    else if (cls) tests.push((e) => e.classList.contains(cls));
    else if (id) tests.push((e) => e.id === id);
    else if (value === undefined) tests.push((e) => e.hasAttribute(attr!));
    else tests.push((e) => e.getAttribute(attr!) === value.replace(/\\(.)/g, '$1'));
  }
  return list.map((tests) => (element) => tests.every((test) => test(element)));
}

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

const focusable = ['a', 'button', 'input', 'select'];

export class FakeElement extends FakeTarget {
  readonly attributes: Record<string, string> = {};
  readonly children: FakeElement[] = [];
  parentElement: FakeElement | null = null;
  ownerDocument: FakeDocument | null = null;
  checked: boolean;
  #value: string | undefined;

  constructor(
    readonly localName: string,
    attributes: Record<string, string> = {},
    children: FakeElement[] = [],
  ) {
    super();
    Object.assign(this.attributes, attributes);
    this.checked = 'checked' in attributes;
    for (const child of children) {
      child.parentElement = this;
      this.children.push(child);
    }
  }

  get tagName() {
    return this.localName.toUpperCase();
  }
  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }
  setAttribute(name: string, value: string) {
    this.attributes[name] = String(value);
  }
  removeAttribute(name: string) {
    delete this.attributes[name];
  }
  hasAttribute(name: string) {
    return name in this.attributes;
  }
  get id() {
    return this.attributes.id ?? '';
  }
  get name() {
    return this.attributes.name ?? '';
  }
  get type() {
    return this.attributes.type ?? '';
  }
  get hidden() {
    return this.hasAttribute('hidden');
  }
  set hidden(hidden: boolean) {
    if (hidden) this.setAttribute('hidden', '');
    else this.removeAttribute('hidden');
  }
  get value(): string {
    if (this.#value !== undefined) return this.#value;
    if (this.localName === 'select') return this.children.find((o) => o.hasAttribute('selected'))?.value ?? '';
    return this.attributes.value ?? '';
  }
  /** As a browser's: a select given a value none of its options has holds none. */
  set value(value: string) {
    const known = this.localName !== 'select' || this.children.some((o) => o.value === String(value));
    this.#value = known ? String(value) : '';
  }
  get tabIndex(): number {
    const attribute = this.attributes.tabindex;
    if (attribute !== undefined) return Number(attribute);
    return focusable.includes(this.localName) ? 0 : -1;
  }
  set tabIndex(value: number) {
    this.setAttribute('tabindex', String(value));
  }
  get href(): string {
    return new URL(this.attributes.href ?? '', this.ownerDocument!.defaultView.location.href).href;
  }
  set href(href: string) {
    this.setAttribute('href', href);
  }
  get isConnected(): boolean {
    return [this, ...this.ancestors()].at(-1) === this.ownerDocument?.documentElement;
  }
  readonly classList = {
    contains: (name: string) => (this.attributes.class ?? '').split(/\s+/).includes(name),
  };

  /** Whether `other` is this element or inside it. */
  contains(other: FakeElement): boolean {
    return [other, ...other.ancestors()].includes(this);
  }
  /** The elements this one is in, nearest first. */
  *ancestors(): Generator<FakeElement> {
    for (let e = this.parentElement; e; e = e.parentElement) yield e;
  }
  /** This element and those inside it, in document order. */
  *all(): Generator<FakeElement> {
    yield this;
    for (const child of this.children) yield* child.all();
  }
  matches(selector: string): boolean {
    return compile(selector).some((test) => test(this));
  }
  closest(selector: string): FakeElement | null {
    const tests = compile(selector);
    return [this, ...this.ancestors()].find((e) => tests.some((test) => test(e))) ?? null;
  }
  querySelectorAll(selector: string): FakeElement[] {
    const tests = compile(selector);
    return [...this.all()].filter((e) => e !== this && tests.some((test) => test(e)));
  }
  querySelector(selector: string): FakeElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
  getElementsByClassName(name: string): FakeElement[] {
    return [...this.all()].filter((e) => e !== this && e.classList.contains(name));
  }
  getBoundingClientRect(): Rect {
    return this.ownerDocument!.layout(this);
  }
  checkVisibility(): boolean {
    return this.ownerDocument!.visible(this);
  }
  focus() {
    this.ownerDocument!.focusOn(this);
  }

  /** Fires `event` from here: capture from the window down, then bubbling up if it bubbles. */
  dispatch(event: FakeEvent): FakeEvent {
    event.target = this;
    const path: FakeTarget[] = [this, ...this.ancestors()];
    if (this.isConnected) path.push(this.ownerDocument!, this.ownerDocument!.defaultView);
    for (let i = path.length - 1; i > 0; i--) path[i]!.invoke(event, true);
    this.invoke(event, true);
    this.invoke(event, false);
    if (event.bubbles) for (let i = 1; i < path.length; i++) path[i]!.invoke(event, false);
    return event;
  }

  /** A key pressed with this element focused; returns the event, to see if it was prevented. */
  press(key: string, init: FakeEventInit = {}): FakeEvent {
    return this.dispatch(new FakeEvent('keydown', { ...init, key, bubbles: true, cancelable: true }));
  }

  /**
   * As `HTMLElement.click()`: a label clicks its control; a checkbox or a radio changes before
   * its click listeners run, goes back if one prevents it, and fires `change` if it did change.
   */
  click() {
    const doc = this.ownerDocument!;
    if (this.localName === 'label') {
      const control = this.attributes.for ? doc.getElementById(this.attributes.for) : this.querySelector('input');
      if (!this.dispatch(new FakeEvent('click', { bubbles: true, cancelable: true })).defaultPrevented)
        control?.click();
      return;
    }
    const checkable = this.localName === 'input' && (this.type === 'checkbox' || this.type === 'radio');
    const group = this.type === 'radio' ? doc.getElementsByName(this.name) : [this];
    const before = group.map((e) => e.checked);
    if (this.type === 'radio') for (const e of group) e.checked = e === this;
    else if (checkable) this.checked = !this.checked;
    const event = this.dispatch(new FakeEvent('click', { bubbles: true, cancelable: true }));
    if (event.defaultPrevented) group.forEach((e, i) => (e.checked = before[i]!));
    else if (checkable && group.some((e, i) => e.checked !== before[i])) this.change();
    else if (this.localName === 'a') doc.followed.push(this.href);
  }

  /** Fires `input` and `change`, as a control the reader changed does. */
  change() {
    this.dispatch(new FakeEvent('input', { bubbles: true }));
    this.dispatch(new FakeEvent('change', { bubbles: true }));
  }
}

/** Builds an element: `h('div', { id: 'a', class: 'block' }, child, …)`. */
export const h = (localName: string, attributes: Record<string, string> = {}, ...children: FakeElement[]) =>
  new FakeElement(localName, attributes, children);

const noRect: Rect = { top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0 };

export class FakeDocument extends FakeTarget {
  readonly documentElement: FakeElement;
  readonly body: FakeElement;
  activeElement: FakeElement;
  title = 'An article';
  /** Where followed links led, in order. */
  readonly followed: string[] = [];
  /** Each element's box on screen: the test decides; none by default. */
  layout: (element: FakeElement) => Rect = () => noRect;
  /** Whether an element shows: not hidden, nor inside a hidden one, unless the test decides otherwise. */
  visible: (element: FakeElement) => boolean = (element) => {
    for (let e: FakeElement | null = element; e; e = e.parentElement) if (e.hidden) return false;
    return true;
  };

  constructor(
    readonly defaultView: FakeTarget & { location: { href: string } },
    body: FakeElement[],
  ) {
    super();
    this.body = h('body', {}, ...body);
    this.documentElement = h('html', {}, this.body);
    for (const element of this.documentElement.all()) element.ownerDocument = this;
    this.activeElement = this.body;
  }

  getElementById(id: string) {
    return [...this.documentElement.all()].find((e) => e.id === id) ?? null;
  }
  getElementsByName(name: string) {
    return [...this.documentElement.all()].filter((e) => e.attributes.name === name);
  }
  getElementsByClassName(name: string) {
    return this.documentElement.getElementsByClassName(name);
  }
  querySelectorAll(selector: string) {
    return this.documentElement.querySelectorAll(selector);
  }
  querySelector(selector: string) {
    return this.documentElement.querySelector(selector);
  }
  focusOn(element: FakeElement) {
    if (this.activeElement === element) return;
    this.activeElement = element;
    element.dispatch(new FakeEvent('focusin', { bubbles: true }));
  }
}
