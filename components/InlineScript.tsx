/**
 * A script the browser runs while it parses the page, before the first paint: for state that
 * lives only in the browser (theme, the view in the address) and must show without a flash.
 *
 * The only raw HTML in the app, and safe because of what it is given: code written in this
 * repository (`lib/reader/display-settings.ts`, `lib/reader/stored-state.ts`, the 404 page's
 * language script), never content or translations. The one value from content in it, an
 * article's slug in a storage key, is checked at build time (`a-z`, `0-9`, `-`) and written
 * with `scriptLiteral`, which cannot close the element. So nothing a writer types can run.
 */
export function InlineScript({ code }: { code: string }) {
  return <script dangerouslySetInnerHTML={{ __html: code }} />;
}
