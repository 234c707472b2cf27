import type { Flow, Inline } from '@/lib/content/types';

/** Renders a block body as elements and text; content never reaches the page as HTML. */
export function FlowView({ flow }: { flow: Flow }) {
  switch (flow.type) {
    case 'paragraph':
      return (
        <p>
          <InlineView nodes={flow.children} />
        </p>
      );
    case 'heading': {
      // The article title is the page's only h1.
      const Heading = `h${Math.max(2, flow.depth)}` as 'h2';
      return (
        <Heading>
          <InlineView nodes={flow.children} />
        </Heading>
      );
    }
    case 'quote':
      return (
        <blockquote>
          {flow.children.map((child, i) => (
            <FlowView key={i} flow={child} />
          ))}
        </blockquote>
      );
    case 'list': {
      const items = flow.items.map((item, i) => (
        <li key={i}>
          {item.map((child, j) => (
            <FlowView key={j} flow={child} />
          ))}
        </li>
      ));
      return flow.ordered ? <ol start={flow.start}>{items}</ol> : <ul>{items}</ul>;
    }
  }
}

export function InlineView({ nodes }: { nodes: readonly Inline[] }) {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.lang ? (
          <span key={i} lang={node.lang}>
            {node.value}
          </span>
        ) : (
          node.value
        );
      case 'emphasis':
        return (
          <em key={i}>
            <InlineView nodes={node.children} />
          </em>
        );
      case 'strong':
        return (
          <strong key={i}>
            <InlineView nodes={node.children} />
          </strong>
        );
      case 'delete':
        return (
          <del key={i}>
            <InlineView nodes={node.children} />
          </del>
        );
      case 'inlineCode':
        return <code key={i}>{node.value}</code>;
      case 'break':
        return <br key={i} />;
      case 'link':
        return (
          <a key={i} href={node.url} title={node.title} rel="noopener noreferrer">
            <InlineView nodes={node.children} />
          </a>
        );
    }
  });
}
