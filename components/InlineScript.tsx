/**
 * A script the browser runs while it parses the page, before the first paint: for state that
 * lives only in the browser (theme, the view in the address) and must show without a flash.
 *
 * Only ever pass code written in this repository, built from constants and JSON-encoded
 * values: content and translations never reach it, so nothing a writer types can run.
 */
export function InlineScript({ code }: { code: string }) {
  return <script dangerouslySetInnerHTML={{ __html: code }} />;
}
