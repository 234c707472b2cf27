import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { ContentError } from '@/lib/content/content-error';
import { frontMatterSchema, type FrontMatter } from '@/lib/content/schemas';

/**
 * Parses and validates an article's YAML front matter.
 *
 * @param yaml the text between the `---` fences
 * @param file the content file, for error messages
 * @param firstLine the file line on which `yaml` starts
 * @throws ContentError naming the file and line of the first problem
 */
export function parseFrontMatter(yaml: string, file: string, firstLine: number): FrontMatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;

  const [yamlError] = doc.errors;
  if (yamlError) {
    throw new ContentError(file, lineOf(yamlError.pos[0]), `front matter is not valid YAML: ${yamlError.message.split('\n')[0]}`);
  }
  if (!isMap(doc.contents)) {
    throw new ContentError(file, firstLine, 'front matter must be a YAML mapping (title: …, source: …)');
  }

  const result = frontMatterSchema.safeParse(doc.toJS());
  if (result.success) return result.data;

  const [issue] = result.error.issues;
  if (!issue) throw new ContentError(file, firstLine, 'front matter is invalid');
  const path = issue.path.map(String);
  const node = (issue.code === 'unrecognized_keys' ? keyNode(doc, path, issue.keys[0]) : doc.getIn(path, true)) as
    | YamlNode
    | undefined;
  const line = node?.range ? lineOf(node.range[0]) : firstLine;
  const field = path.join('.') || 'front matter';
  const message =
    issue.code === 'unrecognized_keys'
      ? `unknown front matter field ${issue.keys.map((k) => `"${k}"`).join(', ')}`
      : issue.code === 'invalid_type' && node === undefined
        ? `front matter field "${field}" is required`
        : `front matter field "${field}" ${issue.message}`;
  throw new ContentError(file, line, message);
}

/** The key node of `key` in the mapping at `path`, so an unknown field is reported on its own line. */
function keyNode(doc: Document, path: string[], key: string | undefined): unknown {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(map)) return undefined;
  return map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key)?.key;
}
