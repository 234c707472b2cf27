import { createInstance, type i18n } from 'i18next';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import type { Language } from '@/lib/i18n/config';
import { ContentError, positionAt } from './content-error';

/** One article's resource file, `locales/<lng>/<slug>.json`. */
export const translationResourceSchema = z
  .object({
    title: z.string().optional(),
    blocks: z.record(z.string(), z.string()).optional(),
  })
  .strict();

export type TranslationResource = z.infer<typeof translationResourceSchema>;

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
 * Parses and validates a resource file's JSON.
 *
 * @throws ContentError with the file, line and column of a syntax error or a bad value
 */
export function parseTranslationResource(json: string, file: string): TranslationResource {
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

  const result = translationResourceSchema.safeParse(getNodeValue(tree));
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  if (!issue || issue.path.length === 0 && issue.code !== 'unrecognized_keys') {
    throw at(tree.offset, 'a resource is a JSON object: { "title": "…", "blocks": { "<block-id>": "…" } }');
  }
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const keyNode = findNodeAtLocation(tree, [...path, key])?.parent?.children?.[0];
    throw at(keyNode?.offset ?? tree.offset, `unknown key "${key}": a resource holds "title" and "blocks"`);
  }
  const node = findNodeAtLocation(tree, path);
  throw at(node?.offset ?? tree.offset, `"${path.join('.')}" must be a string of text, not ${node?.type ?? 'missing'}`);
}

/**
 * A translator over every article's resources: one i18next namespace per article, looked up
 * for a fixed language per call, never through a shared current language.
 */
export class ArticleTranslations {
  private readonly i18n: i18n;

  constructor(resources: Record<Language, Record<string, TranslationResource>>) {
    this.i18n = createInstance();
    this.i18n.init({
      resources,
      fallbackLng: false,
      // An empty string is a placeholder awaiting a translator, not a translation.
      returnEmptyString: false,
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  }

  /** The title of `slug` in `lng`, or undefined where no translation exists. */
  title(slug: string, lng: Language): string | undefined {
    return this.lookup(slug, lng, 'title');
  }

  /** The Markdown of block `id` of `slug` in `lng`, or undefined where no translation exists. */
  block(slug: string, lng: Language, id: string): string | undefined {
    return this.lookup(slug, lng, `blocks.${id}`);
  }

  private lookup(ns: string, lng: Language, key: string): string | undefined {
    // Article namespaces are data, not the typed `common` UI strings: look them up untyped.
    const t = this.i18n.getFixedT(lng, ns as never) as unknown as UntypedT;
    // Article text is data: no {{interpolation}} or $t() nesting may rewrite it.
    const value = t(key, { skipInterpolation: true, defaultValue: missing });
    return value === missing ? undefined : value;
  }
}

/** What i18next returns for a key it treats as missing, empty strings included. */
const missing = '\u0000missing';

type UntypedT = (key: string, options: { skipInterpolation: boolean; defaultValue: string }) => string;

/** Line and column of a key in a JSON document (`['blocks', 'an-id']`), where it is there. */
export function keyPosition(json: string, keyPath: string[]): { line: number; column: number } | undefined {
  const tree = parseTree(json.replace(/^\uFEFF/, ''));
  const key = tree && findNodeAtLocation(tree, keyPath)?.parent?.children?.[0];
  return key ? positionAt(json.replace(/^\uFEFF/, ''), key.offset) : undefined;
}
