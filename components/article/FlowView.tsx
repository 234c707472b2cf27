import { inlineText } from '@/lib/content/article';
import type { ColumnAlign, Flow, Inline } from '@/lib/content/types';

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
    case 'table':
      return <TableView rows={flow.rows} align={flow.align} lit={lit} />;
  }
}

/**
 * A table, its first row the header, in a box that scrolls sideways when the table is wider
 * than the column: the page itself never does. The box takes focus, so a keyboard can scroll it.
 */
function TableView({
  rows,
  align = [],
  lit,
}: {
  rows: Inline[][][];
  align?: readonly ColumnAlign[];
  lit: readonly number[];
}) {
  const [head = [], ...body] = rows;
  const cell = (Cell: 'th' | 'td', nodes: Inline[], i: number) => (
    <Cell key={i} {...(Cell === 'th' ? { scope: 'col' } : {})} {...(align[i] ? { 'data-align': align[i] } : {})}>
      <InlineView nodes={nodes} lit={lit} />
    </Cell>
  );
  return (
    <div className="table-scroll" tabIndex={0}>
      <table>
        <thead>
          <tr>{head.map((nodes, i) => cell('th', nodes, i))}</tr>
        </thead>
        {body.length > 0 && (
          <tbody>
            {body.map((row, r) => (
              <tr key={r}>{row.map((nodes, i) => cell('td', nodes, i))}</tr>
            ))}
          </tbody>
        )}
      </table>
    </div>
  );
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
          <a
            key={i}
            href={node.url}
            title={node.title}
            rel="noopener noreferrer"
            {...(showsItsAddress(node) ? { className: 'bare-url' } : {})}
          >
            <InlineView nodes={node.children} lit={lit} />
          </a>
        );
    }
  });
}

/** Whether a link's text is its own address, as GFM links a bare URL or e-mail address. */
function showsItsAddress(link: Extract<Inline, { type: 'link' }>): boolean {
  const text = inlineText(link.children);
  return [text, `http://${text}`, `mailto:${text}`].includes(link.url);
}
