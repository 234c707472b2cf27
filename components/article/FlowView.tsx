import type { Flow, Inline } from '@/lib/content/types';

const none: readonly number[] = [];

/**
 * Renders a block body as elements and text; content never reaches the page as HTML. Each
 * piece of an aligned sentence is wrapped in an element with its sentence's index (`data-s`),
 * which the reader's sentence controls point at.
 *
 * @param lit the sentences shown highlighted from the start (a sentence link's)
 */
export function FlowView({ flow, lit = none }: { flow: Flow; lit?: readonly number[] }) {
  switch (flow.type) {
    case 'paragraph':
      return (
        <p>
          <InlineView nodes={flow.children} lit={lit} />
        </p>
      );
    case 'heading': {
      // The article title is the page's only h1.
      const Heading = `h${Math.max(2, flow.depth)}` as 'h2';
      return (
        <Heading>
          <InlineView nodes={flow.children} lit={lit} />
        </Heading>
      );
    }
    case 'quote':
      return (
        <blockquote>
          {flow.children.map((child, i) => (
            <FlowView key={i} flow={child} lit={lit} />
          ))}
        </blockquote>
      );
    case 'list': {
      const items = flow.items.map((item, i) => (
        <li key={i}>
          {item.map((child, j) => (
            <FlowView key={j} flow={child} lit={lit} />
          ))}
        </li>
      ));
      return flow.ordered ? <ol start={flow.start}>{items}</ol> : <ul>{items}</ul>;
    }
  }
}

export function InlineView({ nodes, lit = none }: { nodes: readonly Inline[]; lit?: readonly number[] }) {
  // No key for what is absent: each one would also weigh on the page's RSC payload.
  const sentence = (s: number | undefined) =>
    s === undefined ? {} : lit.includes(s) ? { 'data-s': s, 'data-hl': '' } : { 'data-s': s };
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.lang || node.sentence !== undefined ? (
          <span key={i} {...(node.lang ? { lang: node.lang } : {})} {...sentence(node.sentence)}>
            {node.value}
          </span>
        ) : (
          node.value
        );
      case 'emphasis':
        return (
          <em key={i}>
            <InlineView nodes={node.children} lit={lit} />
          </em>
        );
      case 'strong':
        return (
          <strong key={i}>
            <InlineView nodes={node.children} lit={lit} />
          </strong>
        );
      case 'delete':
        return (
          <del key={i}>
            <InlineView nodes={node.children} lit={lit} />
          </del>
        );
      case 'inlineCode':
        return (
          <code key={i} {...sentence(node.sentence)}>
            {node.value}
          </code>
        );
      case 'break':
        return <br key={i} />;
      case 'link':
        return (
          <a key={i} href={node.url} title={node.title} rel="noopener noreferrer">
            <InlineView nodes={node.children} lit={lit} />
          </a>
        );
    }
  });
}
