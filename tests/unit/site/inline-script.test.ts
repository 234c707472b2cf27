import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { inlineScript } from '@/lib/pre-paint/inline-script';
import { scriptLiteral } from '@/lib/script-literal';

/** Runs a script where `report` collects what it reports. */
function reported(script: string): unknown[] {
  const reports: unknown[] = [];
  runInNewContext(script, { report: (value: unknown) => reports.push(value) });
  return reports;
}

declare function report(value: unknown): void;

function reportAll(...values: unknown[]): void {
  for (let i = 0; i < values.length; i++) report(values[i]);
}

function twice(value: number): number {
  return value * 2;
}

function reportTwice(double: typeof twice, value: number): void {
  report(double(value));
}

describe('inlineScript', () => {
  it('calls the function with its arguments, each written as a literal', () => {
    const values = [
      '</script><script>alert(1)</script>',
      '<!-- & -->',
      'a\u2028b',
      { nested: ['x', 1, null, true] },
      [],
      0,
      null,
    ];
    const script = inlineScript(reportAll, ...values);
    expect(script).not.toMatch(/<\/script|<!--|<script/i);
    expect(script).toContain(values.map(scriptLiteral).join(','));
    expect(reported(script)).toEqual(values);
  });

  it('embeds a function argument by its source, so the script calls it, not a copy', () => {
    const script = inlineScript(reportTwice, twice, 21);
    expect(script).toContain(`(${twice.toString()})`);
    expect(reported(script)).toEqual([42]);
  });

  it('keeps a failure inside the script, whatever it is', () => {
    const fails = () => {
      throw new Error('storage blocked');
    };
    expect(() => runInNewContext(inlineScript(fails), {})).not.toThrow();
    // A name the function takes from outside its own source is missing in the page, quietly.
    const outside = () => report(twice(1));
    expect(reported(inlineScript(outside))).toEqual([]);
  });

  it('refuses what it cannot write as script code', () => {
    expect(() => inlineScript(reportAll, undefined)).toThrow(/no JSON value/);
    expect(() => inlineScript(reportAll, Symbol('s'))).toThrow(/no JSON value/);
    expect(() => inlineScript(reportTwice, Math.abs, 1)).toThrow(/no source of its own/);
    expect(() => inlineScript(reportTwice.bind(null), twice, 1)).toThrow(/no source of its own/);
    // Compilers write `<\/script` in strings; a source as written here is the case to refuse.
    for (const text of ['</script>', '</SCRIPT', '<!--', '<script>']) {
      const closing = Object.assign(() => {}, { toString: () => `() => report(${JSON.stringify(text)})` });
      expect(() => inlineScript(closing)).toThrow(/could end the script element/);
    }
  });
});
