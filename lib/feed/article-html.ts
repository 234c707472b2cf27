import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { shownFlow } from '@/lib/content/article';
import type { Article, Flow, Inline } from '@/lib/content/types';
import type { Language } from '@/lib/i18n/config';
import { xmlText } from './xml-text';

/**
 * The article's text as the reading view in `lng` shows it, as HTML for a feed reader: each block
 * in `lng` where it is translated, else as published, after the reading view's notice and marked
 * with its language; runs in the other language marked too. Plain elements only (no classes, no
 * sentence marks): links made absolute, every text escaped by the serializer.
 *
 * @param url the article's address, which relative links are resolved against
 * @param missingNotice the reading view's notice for a block shown as published in `lang`
 */
export function articleHtml(
  article: Article,
  lng: Language,
  url: string,
  missingNotice: (lang: Language) => string,
): string {
  const nodes = article.blocks.flatMap((block): ElementContent[] => {
    const shown = block.versions[lng] ? lng : block.lang;
    const element = flowElement(shownFlow(block, lng), url);
    if (shown === lng) return [element];
    element.properties.lang = shown;
    return [h('p', h('em', xmlText(missingNotice(block.lang)))), element];
  });
  return toHtml(nodes, { characterReferences: { useNamedReferences: true } });
}

function flowElement(flow: Flow, base: string): Element {
  const inline = (nodes: readonly Inline[]) => inlineNodes(nodes, base);
  switch (flow.type) {
    case 'paragraph':
      return h('p', inline(flow.children));
    case 'heading':
      // The item's title stands above the text, as the page's h1 does.
      return h(`h${Math.max(2, flow.depth)}`, inline(flow.children));
    case 'quote':
      return h(
        'blockquote',
        flow.children.map((child) => flowElement(child, base)),
      );
    case 'list':
      return h(
        flow.ordered ? 'ol' : 'ul',
        flow.ordered && flow.start !== undefined ? { start: flow.start } : {},
        flow.items.map((item) =>
          h(
            'li',
            item.map((child) => flowElement(child, base)),
          ),
        ),
      );
    case 'table': {
      const [head = [], ...body] = flow.rows;
      return h('table', [
        h(
          'thead',
          h(
            'tr',
            head.map((cell) => h('th', { scope: 'col' }, inline(cell))),
          ),
        ),
        ...(body.length > 0
          ? [
              h(
                'tbody',
                body.map((row) =>
                  h(
                    'tr',
                    row.map((cell) => h('td', inline(cell))),
                  ),
                ),
              ),
            ]
          : []),
      ]);
    }
  }
}

function inlineNodes(nodes: readonly Inline[], base: string): ElementContent[] {
  return nodes.map((node): ElementContent => {
    switch (node.type) {
      case 'text':
        return node.lang
          ? h('span', { lang: node.lang }, xmlText(node.value))
          : { type: 'text', value: xmlText(node.value) };
      case 'inlineCode':
        return h('code', xmlText(node.value));
      case 'break':
        return h('br');
      case 'emphasis':
        return h('em', inlineNodes(node.children, base));
      case 'strong':
        return h('strong', inlineNodes(node.children, base));
      case 'delete':
        return h('del', inlineNodes(node.children, base));
      case 'link':
        // A feed reader shows the text away from the site: a relative link must name it.
        return h(
          'a',
          { href: new URL(node.url, base).href, ...(node.title ? { title: xmlText(node.title) } : {}) },
          inlineNodes(node.children, base),
        );
    }
  });
}
