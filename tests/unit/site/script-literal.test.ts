import { describe, expect, it } from 'vitest';
import { scriptLiteral } from '@/lib/script-literal';

describe('scriptLiteral', () => {
  it('writes a value that evaluates back to itself', () => {
    for (const value of ['paralelo:reader:en:a-slug', ['en', 'es'], 'comillas "y" \\ barras', 'a\u2028b']) {
      expect(new Function(`return ${scriptLiteral(value)}`)()).toEqual(value);
    }
  });

  it('cannot close the script element or open a comment', () => {
    const literal = scriptLiteral('</script><script>alert(1)</script><!-- & -->');
    expect(literal).not.toMatch(/[<>&]/);
    expect(new Function(`return ${literal}`)()).toBe('</script><script>alert(1)</script><!-- & -->');
  });
});
