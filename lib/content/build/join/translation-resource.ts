import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ContentError, positionAt } from '@/lib/content/content-error';
import type { z } from 'zod';
import { parseMarkdown } from '../parse/parse-article';
import { findUnsupportedMarkdown } from '../parse/unsupported-markdown';
import {
  sourcesRecordSchema,
  translationResourceSchema,
  type SourcesRecord,
  type TranslationResource,
} from '@/lib/content/schemas';

const jsonProblems: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a "key" is expected here (no trailing comma before a closing brace)',
  ValueExpected: 'a value is expected here',
  ColonExpected: 'a colon is missing after the key',
  CommaExpected: 'a comma is missing before this',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed with "',
  UnexpectedEndOfNumber: 'malformed number',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'invalid escape: write \\", \\\\ or \\n',
  InvalidCharacter: 'a control character (such as a raw line break) inside a string',
};

/**
 * Parses and validates a resource file's JSON, `locales/<lng>/<slug>.json`, and refuses a
 * translation in Markdown the site cannot show (a footnote, a task list), as in an article.
 *
 * @throws ContentError with the file, line and column of a syntax error or a bad value
 */
export function parseTranslationResource(json: string, file: string): TranslationResource {
  const resource = parseResourceJson(json, file, translationResourceSchema, '"title" and "blocks"');
  for (const [key, markdown] of Object.entries(resource.blocks ?? {})) {
    // Only text with a `[^` or a `[ ]`/`[x]` can hold either: the rest are not parsed twice.
    const unsupported = /\[(?:\^|[\sxX]\])/.test(markdown) ? findUnsupportedMarkdown(parseMarkdown(markdown)) : undefined;
    if (unsupported) {
      const at = keyPosition(json, ['blocks', key]);
      throw new ContentError(file, at?.line, `"blocks.${key}": ${unsupported.message}`, at?.column);
    }
  }
  return resource;
}

/**
 * Parses and validates a sources file's JSON, `locales/<lng>/<slug>.sources.json`.
 *
 * @throws ContentError with the file, line and column of a syntax error or a bad value
 */
export function parseSourcesRecord(json: string, file: string): SourcesRecord {
  return parseResourceJson(json, file, sourcesRecordSchema, '"title", "blocks" and "confirmedAlignments"');
}

/** Parses `json` and validates it with `schema`; `keys` names the keys the file may hold. */
function parseResourceJson<T>(json: string, file: string, schema: z.ZodType<T>, keys: string): T {
  const bom = json.startsWith('\uFEFF') ? 1 : 0;
  const at = (offset: number, message: string) => {
    const { line, column } = positionAt(json.slice(bom), offset);
    return new ContentError(file, line, message, column);
  };

  const syntaxErrors: ParseError[] = [];
  const tree = parseTree(json.slice(bom), syntaxErrors, { disallowComments: true, allowTrailingComma: false });
  const [syntaxError] = syntaxErrors;
  if (syntaxError || !tree) {
    const name = syntaxError ? printParseErrorCode(syntaxError.error) : 'ValueExpected';
    throw at(syntaxError?.offset ?? 0, `invalid JSON: ${jsonProblems[name] ?? name}`);
  }

  const result = schema.safeParse(getNodeValue(tree));
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  if (!issue || issue.path.length === 0 && issue.code !== 'unrecognized_keys') {
    throw at(tree.offset, 'a resource is a JSON object: { "title": "…", "blocks": { "<block-id>": "…" } }');
  }
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const keyNode = findNodeAtLocation(tree, [...path, key])?.parent?.children?.[0];
    throw at(keyNode?.offset ?? tree.offset, `unknown key "${key}": a resource holds ${keys}`);
  }
  const node = findNodeAtLocation(tree, path);
  // A missing value is shown at the object that lacks it.
  const place = node ?? findNodeAtLocation(tree, path.slice(0, -1)) ?? tree;
  const wanted = issue.code === 'invalid_type' && issue.expected !== 'string' ? 'a JSON object' : 'a string of text';
  throw at(place.offset, `"${path.join('.')}" must be ${wanted}, not ${node?.type ?? 'missing'}`);
}

/** Line and column of a key in a JSON document (`['blocks', 'an-id']`), where it is there. */
export function keyPosition(json: string, keyPath: string[]): { line: number; column: number } | undefined {
  const tree = parseTree(json.replace(/^\uFEFF/, ''));
  const key = tree && findNodeAtLocation(tree, keyPath)?.parent?.children?.[0];
  return key ? positionAt(json.replace(/^\uFEFF/, ''), key.offset) : undefined;
}
