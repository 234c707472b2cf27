import { stringify } from 'yaml';
import { invalidSlugReason, slugFromTitle } from '@/lib/content/build/ids/slug';
import { splitBlockAttributes } from '@/lib/content/build/parse/block-attributes';
import { pageResidue, type ResidueLine } from './page-residue';

/** A line of the text left out of the article as page residue. */
export interface LeftOutLine extends ResidueLine {
  /** Its line number in the text, from 1. */
  line: number;
}

/**
 * Turns a plain-text article into a new content file: YAML front matter with its title and
 * commented-out placeholders for the other fields, then one Markdown paragraph per paragraph
 * of the text, escaped so that each reads exactly as written (no headings, lists, emphasis,
 * strikethrough, links, HTML or `{#id}` attributes appear by accident; a bare URL or e-mail
 * address still becomes a link to itself, as GFM makes it).
 *
 * Paragraphs are separated by blank lines when the text has any, and the lines inside one are
 * joined with a space; otherwise every non-empty line is a paragraph. Each is trimmed. A
 * paragraph whose every line is page residue (`page-residue.ts`: "Advertisement", "By Jane
 * Doe"…) is left out, before the title is taken, unless `keepAll`.
 *
 * @param text the article (a leading BOM and CRLF line ends are fine)
 * @param options.title the title; the first paragraph when absent, which then leaves the body
 * @param options.slug the slug; derived from the title when absent
 * @param options.keepAll keep page residue as paragraphs too
 * @returns the slug, the Markdown of `content/<slug>.md` and the lines left out as residue
 * @throws Error when the slug is invalid, none can be derived, or the text has no paragraphs
 */
export function plainTextToArticle(
  text: string,
  options: { title?: string; slug?: string; keepAll?: boolean },
): { slug: string; markdown: string; leftOut: LeftOutLine[] } {
  const leftOut: LeftOutLine[] = [];
  const paragraphs = splitParagraphs(text).flatMap((lines) => {
    const residue = options.keepAll ? undefined : pageResidue(lines.map((l) => l.text).join('\n'));
    if (!residue) return [lines.map((l) => l.text).join(' ')];
    leftOut.push(...residue.map((found, i) => ({ ...found, line: lines[i]!.number })));
    return [];
  });
  if (options.title?.trim() === '') throw new Error('the title must not be empty');
  const title = options.title?.trim() ?? paragraphs.shift();
  const besidesResidue = leftOut.length > 0 ? ' besides page residue (--keep-all keeps it)' : '';
  if (title === undefined) {
    throw new Error(`the text is empty${besidesResidue}: an article needs a title and at least one paragraph`);
  }
  if (paragraphs.length === 0) throw new Error(`the text has a title ("${title}") but no paragraphs${besidesResidue}`);

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
  return { slug, markdown: `${[frontMatter.join('\n'), ...paragraphs.map(escapeParagraph)].join('\n\n')}\n`, leftOut };
}

interface TextLine {
  number: number;
  text: string;
}

/** The paragraphs of `text`, each as its trimmed lines with their numbers. */
function splitParagraphs(text: string): TextLine[][] {
  // trim() drops a BOM too; blank lines before the first paragraph or after the last separate nothing.
  const all = text.split(/\r\n?|\n/).map((line, i) => ({ number: i + 1, text: line.trim() }));
  const isBlank = (line: TextLine) => line.text === '';
  const lines = all.slice(all.findIndex((line) => !isBlank(line)), all.findLastIndex((line) => !isBlank(line)) + 1);
  if (!lines.some(isBlank)) return lines.map((line) => [line]);

  const paragraphs: TextLine[][] = [];
  let current: TextLine[] = [];
  for (const line of [...lines, { number: 0, text: '' }]) {
    if (!isBlank(line)) {
      current.push(line);
    } else if (current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
  }
  return paragraphs;
}

/**
 * Markdown whose rendered text is `paragraph`, character for character: inline syntax escaped
 * everywhere, block syntax at its start. It is one line: a line break in it is not escaped.
 */
export function escapeParagraph(paragraph: string): string {
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
