/**
 * A value written into inline script code as a JavaScript literal (JSON), with `<`, `>`, `&`
 * and the two line separators escaped: whatever the value holds, it cannot close the
 * `<script>` element or open a comment in the HTML around it.
 */
export function scriptLiteral(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
