import { stringify } from 'yaml';
import { invalidSlugReason, slugFromTitle } from '@/lib/content/build/ids/slug';
import { splitBlockAttributes } from '@/lib/content/build/parse/block-attributes';

/**
 * Turns a plain-text article into a new content file: YAML front matter with its title and
 * commented-out placeholders for the other fields, then one Markdown paragraph per paragraph
 * of the text, escaped so that each reads exactly as written (no headings, lists, emphasis,
 * strikethrough, links, HTML or `{#id}` attributes appear by accident; a bare URL or e-mail
 * address still becomes a link to itself, as GFM makes it).
 *
 * Paragraphs are separated by blank lines when the text has any, and the lines inside one are
 * joined with a space; otherwise every non-empty line is a paragraph. Each is trimmed.
 *
 * @param text the article (a leading BOM and CRLF line ends are fine)
 * @param options.title the title; the first paragraph when absent, which then leaves the body
 * @param options.slug the slug; derived from the title when absent
 * @returns the slug and the Markdown of `content/<slug>.md`
 * @throws Error when the slug is invalid, none can be derived, or the text has no paragraphs
 */
export function plainTextToArticle(text: string, options: { title?: string; slug?: string }): { slug: string; markdown: string } {
  const paragraphs = splitParagraphs(text);
  if (options.title?.trim() === '') throw new Error('the title must not be empty');
  const title = options.title?.trim() ?? paragraphs.shift();
  if (title === undefined) throw new Error('the text is empty: an article needs a title and at least one paragraph');
  if (paragraphs.length === 0) throw new Error(`the text has a title ("${title}") but no paragraphs`);

  const slug = options.slug ?? slugFromTitle(title);
  const problem = invalidSlugReason(slug);
  if (problem) throw new Error(problem);

  const frontMatter = [
    '---',
    `title: ${stringify(title, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trimEnd()}`,
    '# Fill in what you know, then remove the # of each line:',
    '# lang: en            # the language most of the article was published in (detected if absent)',
    '# published: YYYY-MM-DD',
    '# source:',
    '#   name: The publisher',
    '#   url: https://…',
    '---',
  ];
  return { slug, markdown: `${[frontMatter.join('\n'), ...paragraphs.map(escapeParagraph)].join('\n\n')}\n` };
}

function splitParagraphs(text: string): string[] {
  // trim() drops a BOM too, and blank lines before the first paragraph or after the last.
  const lines = text.trim().split(/\r\n?|\n/);
  const isBlank = (line: string) => line.trim() === '';
  if (!lines.some(isBlank)) return lines.map((line) => line.trim());

  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...lines, '']) {
    if (!isBlank(line)) {
      current.push(line.trim());
    } else if (current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  return paragraphs;
}

/** Markdown whose rendered text is `paragraph`, character for character. */
function escapeParagraph(paragraph: string): string {
  const escaped = paragraph
    .replace(/[\\`*_[\]<|~]/g, '\\$&')
    // `&copy;` or `&#169;` would render as the character it names.
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    // Block syntax only counts at the start of a line: headings, quotes, lists, breaks, fences.
    .replace(/^[#>+\-=]/, '\\$&')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
  // A trailing `{…}` that reads as block attributes (`{#id}`, `{lang=es}`) stays text.
  return splitBlockAttributes(paragraph).text === paragraph ? escaped : escaped.replace(/\{(?=[^{}\n]*\}\s*$)/, '\\{');
}
