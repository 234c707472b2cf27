/**
 * A script the browser runs while it parses the page, before the first paint: for state that
 * lives only in the browser (theme, the view in the address) and must show without a flash.
 *
 * Raw HTML (which only `JsonLd`, data that never runs, also writes), and safe because of what
 * it is given: code that `inlineScript` builds (`lib/pre-paint/`) from functions of this
 * repository and constants, never from content or translations. Every value in it is written
 * with `scriptLiteral`, which cannot close the element, and `inlineScript` refuses a function
 * whose source could. The values from content
 * (an article's slug in a storage key, its blocks' former IDs) are only ever data in those
 * literals, never code; tests/unit/reader/reader-controls.test.ts feeds them `</script>` and
 * the like. So nothing a writer types can run.
 */
export function InlineScript({ code }: { code: string }) {
  return <script dangerouslySetInnerHTML={{ __html: code }} />;
}
