import { scriptLiteral } from '@/lib/script-literal';

/**
 * Inline script code that calls `fn` with `args` while the page loads. `fn` goes in as its own
 * source, so the browser runs the very function the server and the unit tests run; each argument
 * goes in the same way if it is a function, else as a JSON value written by `scriptLiteral`.
 * A failure (storage blocked, an API missing) ends the script quietly: the page keeps what the
 * server rendered, and React sets the rest once it hydrates.
 *
 * `fn` and every function argument must be self-contained: no imports, no names from their
 * module, and nothing a compiler could turn into a call to a helper of its own (spread of an
 * iterable, for-of, classes, async), since in the built app their source is the compiled code.
 *
 * @throws when an argument is no JSON value, or a function's source could end the `<script>`
 *   element or is not its source at all (a bound or built-in function)
 */
export function inlineScript<A extends readonly unknown[]>(fn: (...args: A) => void, ...args: NoInfer<A>): string {
  const values = args.map((arg) => (typeof arg === 'function' ? functionSource(arg) : jsonLiteral(arg)));
  return `try{${functionSource(fn)}(${values.join(',')})}catch(e){}`;
}

// What would end the element, or start the HTML parser's escaped states that hide its end tag.
const closesScript = /<\/script|<!--|<script/i;

function functionSource(fn: { name: string; toString(): string }): string {
  const source = fn.toString();
  if (/\{\s*\[native code\]\s*\}$/.test(source))
    throw new Error(`inlineScript: ${fn.name || 'a function'} has no source of its own`);
  if (closesScript.test(source))
    throw new Error(`inlineScript: the source of ${fn.name || 'a function'} could end the script element`);
  return `(${source})`;
}

function jsonLiteral(value: unknown): string {
  if (JSON.stringify(value) === undefined) throw new Error('inlineScript: an argument is no JSON value');
  return scriptLiteral(value);
}
