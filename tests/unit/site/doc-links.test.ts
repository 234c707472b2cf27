import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { repo } from '../support';

/** The README's size limit: a newcomer reads it in five minutes; the rest is in docs/. */
const readmeLimitBytes = 10 * 1024;

/** A link or image in a Markdown file, with the line it is on. */
interface DocLink {
  target: string;
  line: number;
}

const parser = unified().use(remarkParse);

function children(node: Nodes): Nodes[] {
  return 'children' in node ? (node.children as Nodes[]) : [];
}

/** Every Markdown link, image and link definition, and every `src` or `href` of inline HTML. */
function linksOf(markdown: string): DocLink[] {
  const links: DocLink[] = [];
  const visit = (node: Nodes) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
      links.push({ target: node.url, line });
    if (node.type === 'html') {
      for (const match of node.value.matchAll(/\b(?:src|href)\s*=\s*(["'])(.*?)\1/gi))
        links.push({ target: match[2]!, line });
    }
    children(node).forEach(visit);
  };
  visit(parser.parse(markdown) as Root);
  return links;
}

function plainText(node: Nodes): string {
  if (node.type === 'html') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  return children(node).map(plainText).join('');
}

/** A heading's anchor as GitHub makes it: lowercase, punctuation dropped, spaces to hyphens. */
function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown file's headings, with `-1`, `-2`… on repeats, as GitHub numbers them. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const visit = (node: Nodes) => {
    if (node.type === 'heading') {
      const base = headingSlug(plainText(node));
      let anchor = base;
      for (let n = 1; anchors.has(anchor); n++) anchor = `${base}-${n}`;
      anchors.add(anchor);
    }
    children(node).forEach(visit);
  };
  visit(parser.parse(markdown) as Root);
  return anchors;
}

/** A link that leaves the repository: a scheme (`https:`, `mailto:`) or a protocol-relative `//`. */
const isExternal = (target: string) => /^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith('//');

/** What is wrong with each relative link of `file` (a path under `root`), as `file:line: target: why`. */
function brokenLinks(root: string, file: string): string[] {
  const markdown = readFileSync(path.join(root, file), 'utf8');
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (target: string) => {
    if (!anchors.has(target)) anchors.set(target, headingAnchors(readFileSync(target, 'utf8')));
    return anchors.get(target)!;
  };
  const problems: string[] = [];
  for (const { target, line } of linksOf(markdown)) {
    if (isExternal(target)) continue;
    const at = `${file}:${line}: ${target}`;
    const hash = target.indexOf('#');
    let pathPart: string;
    let fragment: string | undefined;
    try {
      pathPart = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
      fragment = hash < 0 ? undefined : decodeURIComponent(target.slice(hash + 1));
    } catch {
      problems.push(`${at}: malformed percent escape`);
      continue;
    }
    const resolved = !pathPart
      ? path.join(root, file)
      : pathPart.startsWith('/')
        ? path.join(root, pathPart)
        : path.join(root, path.dirname(file), pathPart);
    if (path.relative(root, resolved).startsWith('..')) {
      problems.push(`${at}: leaves the repository`);
      continue;
    }
    if (!existsSync(resolved)) {
      problems.push(`${at}: no such file`);
      continue;
    }
    if (fragment === undefined) continue;
    if (!resolved.endsWith('.md')) {
      if (!/^L\d+(-L\d+)?$/.test(fragment)) problems.push(`${at}: only a Markdown file has headings to link to`);
      continue;
    }
    if (!anchorsOf(resolved).has(fragment)) {
      problems.push(`${at}: no heading "#${fragment}" in ${path.relative(root, resolved)}`);
    }
  }
  return problems;
}

/** README.md and every Markdown file under docs/, relative to the repository. */
function documents(): string[] {
  const underDocs = readdirSync(path.join(repo, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && statSync(path.join(repo, 'docs', name)).isFile())
    .map((name) => path.join('docs', name));
  return ['README.md', ...underDocs.sort()];
}

describe('the README and docs/', () => {
  it(`keeps README.md within ${readmeLimitBytes} bytes`, () => {
    expect(statSync(path.join(repo, 'README.md')).size).toBeLessThanOrEqual(readmeLimitBytes);
  });

  it('links only to files that exist, and to headings those files have', () => {
    const files = documents();
    expect(files).toContain(path.join('docs', 'performance.md'));
    expect(files.flatMap((file) => brokenLinks(repo, file))).toEqual([]);
  });
});

describe('the link checker', () => {
  it('finds Markdown links, images, definitions and HTML src and href, not code', () => {
    const markdown = [
      '# Title',
      'A [link](a.md#x) and ![an image](img/b.png "title").',
      '',
      '[ref]: c.md',
      '',
      '<p><img src="d.png" alt=""> <a href=\'e.md\'>e</a></p>',
      '',
      'Not `[code](f.md)`.',
      '',
      '```md',
      '[fenced](g.md)',
      '```',
    ].join('\n');
    expect(linksOf(markdown)).toEqual([
      { target: 'a.md#x', line: 2 },
      { target: 'img/b.png', line: 2 },
      { target: 'c.md', line: 4 },
      { target: 'd.png', line: 6 },
      { target: 'e.md', line: 6 },
    ]);
  });

  it('makes heading anchors as GitHub does', () => {
    const markdown = [
      '## (a) On a Node.js host: `npm start`',
      "## Why `'unsafe-inline'` for scripts",
      '## One article of 5,000 paragraphs (`npm run bench:large -- 5000`)',
      '## Qué _es_ [esto](x.md)?',
      '## Notes',
      '## Notes',
    ].join('\n\n');
    expect([...headingAnchors(markdown)]).toEqual([
      'a-on-a-nodejs-host-npm-start',
      'why-unsafe-inline-for-scripts',
      'one-article-of-5000-paragraphs-npm-run-benchlarge----5000',
      'qué-es-esto',
      'notes',
      'notes-1',
    ]);
  });

  it('names each broken link: a missing file, a missing heading, a heading of a non-Markdown file', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'paralelo-doc-links-'));
    try {
      mkdirSync(path.join(root, 'docs'));
      writeFileSync(path.join(root, 'docs', 'guide.md'), '# A guide\n\n## Set up\n');
      writeFileSync(path.join(root, 'code.ts'), '');
      writeFileSync(
        path.join(root, 'README.md'),
        [
          '# Read me',
          '[ok](docs/guide.md#set-up) [ok](#read-me) [ok](https://example.com/x.md#nope) [ok](code.ts#L3)',
          '[gone](docs/missing.md)',
          '[no heading](docs/guide.md#setup)',
          '[not here](#nowhere)',
          '[code](code.ts#main)',
          '<img src="docs/shot.png">',
          '[escape](docs/%zz.md)',
        ].join('\n'),
      );
      expect(brokenLinks(root, 'README.md')).toEqual([
        'README.md:3: docs/missing.md: no such file',
        'README.md:4: docs/guide.md#setup: no heading "#setup" in docs/guide.md',
        'README.md:5: #nowhere: no heading "#nowhere" in README.md',
        'README.md:6: code.ts#main: only a Markdown file has headings to link to',
        'README.md:7: docs/shot.png: no such file',
        'README.md:8: docs/%zz.md: malformed percent escape',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
