import { runInNewContext } from 'node:vm';

/** An element with just what the site's inline scripts use: attributes, classes, `hidden`, `lang`, a parent. */
export class FakeElement {
  readonly attributes: Record<string, string> = {};
  readonly children: FakeElement[] = [];
  parentElement: FakeElement | null = null;
  hidden = false;

  constructor(attributes: Record<string, string> = {}, children: FakeElement[] = []) {
    Object.assign(this.attributes, attributes);
    for (const child of children) {
      child.parentElement = this;
      this.children.push(child);
    }
  }

  setAttribute(name: string, value: string) {
    this.attributes[name] = String(value);
  }

  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }

  readonly classList = {
    contains: (name: string) => (this.attributes.class ?? '').split(/\s+/).includes(name),
  };

  /** Whether `other` is this element or inside it. */
  contains(other: FakeElement): boolean {
    for (let node: FakeElement | null = other; node; node = node.parentElement) if (node === this) return true;
    return false;
  }

  get lang() {
    return this.attributes.lang ?? '';
  }

  set lang(value: string) {
    this.attributes.lang = String(value);
  }

  /** This element and those inside it, in document order. */
  *all(): Generator<FakeElement> {
    yield this;
    for (const child of this.children) yield* child.all();
  }
}

/** Builds an element: `el({ id: 'a', class: 'block' }, child, …)`. */
export const el = (attributes: Record<string, string> = {}, ...children: FakeElement[]) =>
  new FakeElement(attributes, children);

/** Storage that throws on every read, as a browser does when the reader blocks site data. */
export const blocked = Symbol('storage blocked');

export interface FakePage {
  /** `<html>`; the body's elements are its children. */
  html: FakeElement;
  /** The address: `location.pathname` and `location.search`. */
  url?: string;
  /** What localStorage holds, or `blocked`. */
  storage?: Record<string, string> | typeof blocked;
}

/**
 * Runs an inline script in a fresh context on a fake page and returns the storage keys it read.
 * With `unguarded`, the script's guard rethrows what it would swallow: an error there (a name
 * the embedded code takes from its module, say) then fails the test instead of doing nothing.
 */
export function runOnPage(
  script: string,
  { html, url = 'https://paralelo.test/', storage = {} }: FakePage,
  unguarded = false,
): string[] {
  const guard = /catch\(e\)\{\}$/;
  if (!guard.test(script)) throw new Error("the script does not end with inlineScript's guard");
  if (unguarded) script = script.replace(guard, 'catch(e){throw e}');
  const read: string[] = [];
  const { pathname, search } = new URL(url);
  const document = {
    documentElement: html,
    getElementById: (id: string) => [...html.all()].find((e) => e.attributes.id === id) ?? null,
    getElementsByClassName: (name: string) => [...html.all()].filter((e) => e.classList.contains(name)),
  };
  const localStorage = {
    getItem(key: string) {
      read.push(key);
      if (storage === blocked) throw new Error('SecurityError: storage is blocked');
      return Object.hasOwn(storage, key) ? storage[key] : null;
    },
  };
  runInNewContext(script, { document, localStorage, location: { pathname, search }, URLSearchParams });
  return read;
}

/** The elements of `html` that have attribute `name`, by id, with its value. */
export function withAttribute(html: FakeElement, name: string): Record<string, string> {
  return Object.fromEntries(
    [...html.all()].filter((e) => name in e.attributes).map((e) => [e.attributes.id ?? '', e.attributes[name]!]),
  );
}
