import type { Thing, WithContext } from 'schema-dts';
import { scriptLiteral } from '@/lib/script-literal';

/**
 * Structured data for search engines: a `<script type="application/ld+json">`, which browsers
 * never run. Its text comes from content (an article's title, its first paragraph), so it is
 * written with `scriptLiteral`: `<`, `>`, `&` and the line separators become `\u…` escapes,
 * which JSON reads back as the same characters, so no text can end the element or open a
 * comment in it.
 */
export function JsonLd<T extends Thing>({ data }: { data: WithContext<T> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptLiteral(data) }} />;
}
