import { blocksByIds } from '@/lib/content/article';
import { contentFile } from '@/lib/content/files';
import type { ContentSnapshot } from '@/lib/content/build/read-sources';
import { ContentError } from '@/lib/content/content-error';
import type { Article, Block } from '@/lib/content/types';
import { isLanguage, otherLanguage, type Language } from '@/lib/i18n/config';
import { codeIdsIn, pairedKinds, type Code, type Piece } from './inline-codes';
import { titleUnitId, type IncomingDocument } from './xliff-document';

const languageName: Record<Language, string> = { en: 'English', es: 'Spanish' };

/** What an XLIFF file is for, once its checks pass. */
export interface ImportTarget {
  article: Article;
  /** Its blocks by ID and alias. */
  blocks: ReadonlyMap<string, Block>;
  trgLang: Language;
}

/**
 * The slug of the article a file is for, from `<file original="content/<slug>.md">`.
 *
 * @throws ContentError naming the file where it names none
 */
export function articleSlug(document: IncomingDocument): string {
  const slug = /^content\/([^/\\]+)\.md$/.exec(document.original ?? '')?.[1];
  if (slug) return slug;
  throw new ContentError(document.file, undefined, `names no article: its <file> must have original="content/<slug>.md", as content:export writes it (it has ${document.original ? `"${document.original}"` : 'none'})`);
}

/**
 * The checks of a whole file, before any unit is looked at; each failure means nothing of the
 * file is imported: the article it names exists and reads without errors, its languages are a
 * pair this site translates between, no unit ID comes twice, and every unit ID is a block of
 * the article (or an alias of one), or its title.
 *
 * @param snapshot the article's content, read alone
 * @throws ContentError naming the file, and the line where one unit is at fault
 */
export function checkFile(document: IncomingDocument, snapshot: ContentSnapshot, slug: string): ImportTarget {
  const { file } = document;
  if (snapshot.errors.length > 0) {
    throw new ContentError(file, undefined, `is for ${contentFile(slug)}, which has errors to fix first (npm run content:check): ${snapshot.errors.map(String).join('; ')}`);
  }
  const article = snapshot.articles.find((a) => a.slug === slug);
  if (!article) throw new ContentError(file, undefined, `is for ${contentFile(slug)}, and there is no such article`);

  const srcLang = primaryLanguage(document.srcLang);
  const trgLang = primaryLanguage(document.trgLang ?? '');
  if (!srcLang || !trgLang || srcLang === trgLang) {
    throw new ContentError(file, undefined, `translates ${document.srcLang || '(none)'} into ${document.trgLang || '(none)'}: this site translates English into Spanish and Spanish into English (en→es, es→en)`);
  }
  if (document.units.length === 0) throw new ContentError(file, undefined, 'holds no units');

  const seen = new Map<string, number>();
  for (const unit of document.units) {
    const first = seen.get(unit.id);
    if (first !== undefined) throw new ContentError(file, unit.line, `unit "${unit.id}" comes twice (lines ${first} and ${unit.line}): a unit ID names one block`);
    seen.set(unit.id, unit.line);
  }
  const byId = blocksByIds(article);
  const named = document.units.flatMap((u) => byId.get(u.id) ?? []);
  if (named.length > 0 && named.every((b) => b.lang === trgLang)) {
    const all = named.length === 1 ? 'its block is' : 'all its blocks are';
    throw new ContentError(file, undefined, `translates ${document.srcLang} into ${document.trgLang}, but ${all} written in ${languageName[trgLang]} already: is its language pair the wrong way round? Export it again`);
  }
  const titleTranslated = otherLanguage(article.lang) === trgLang;
  const unknown = document.units.filter((u) => (u.id === titleUnitId ? !titleTranslated : !byId.has(u.id)));
  if (unknown.length > 0) {
    const list = unknown.map((u) => `"${u.id}" (line ${u.line})`).join(', ');
    const title = unknown.some((u) => u.id === titleUnitId) ? `; the title is in ${languageName[trgLang]} already` : '';
    throw new ContentError(
      file,
      unknown[0]!.line,
      `unit${unknown.length > 1 ? 's' : ''} ${list} name${unknown.length > 1 ? '' : 's'} no block of ${contentFile(slug)} nor an alias of one${title}: is this file for another article, or older than a rename? Export it again`,
    );
  }
  return { article, blocks: byId, trgLang };
}

/** `en` of `en`, `en-US`, `EN_gb`; undefined for a language this site does not translate. */
function primaryLanguage(tag: string): Language | undefined {
  const primary = tag.split(/[-_]/)[0]!.toLowerCase();
  return isLanguage(primary) ? primary : undefined;
}

/**
 * What is wrong with the codes of a block's target, or undefined: a code must be one the unit
 * knows (its original's, or one the current translation has), written as the element it was (a
 * span stays a span); a link must keep its text and hold no other link, and every link of the
 * original must still be there (unless the current translation links elsewhere already); the
 * structure of a list, quote or table must stay, every piece of it once, in its order.
 *
 * @param source the original's pieces, whose links and structure the target must keep
 * @param current the pieces of the translation in `locales/` now, where there is one
 */
export function targetCodeProblem(
  target: readonly Piece[],
  codes: ReadonlyMap<string, Code>,
  source: readonly Piece[],
  current: readonly Piece[] | undefined,
): string | undefined {
  const problem = spanProblem(target, codes, false);
  if (problem) return problem;
  const ofKind = (pieces: readonly Piece[] | undefined, kind: Code['kind']) => codeIdsIn(pieces ?? []).filter((id) => codes.get(id)?.kind === kind);
  const links = ofKind(target, 'link');
  const lost = ofKind(source, 'link').filter((id) => !links.includes(id));
  const elsewhere = links.some((id) => !ofKind(source, 'link').includes(id));
  if (lost.length > 0 && !(elsewhere && links.length >= ofKind(source, 'link').length)) {
    return `it drops the link${lost.length > 1 ? 's' : ''} ${lost.map((id) => `${id} (${codes.get(id)!.equiv})`).join(', ')}: keep every link of the original around its translated text`;
  }
  const structure = ofKind(target, 'structure').join(' ');
  const wanted = [ofKind(source, 'structure').join(' '), ...(current ? [ofKind(current, 'structure').join(' ')] : [])];
  if (!wanted.includes(structure)) {
    return `it changes the structure of the ${[...codes.values()].some((c) => c.kind === 'structure' && c.start.includes('|')) ? 'table' : 'list or quote'}: keep each of its structure codes (${wanted[0]}) once, in order`;
  }
  return undefined;
}

function spanProblem(pieces: readonly Piece[], codes: ReadonlyMap<string, Code>, inLink: boolean): string | undefined {
  for (const piece of pieces) {
    if (typeof piece === 'string') continue;
    const id = 'ph' in piece ? piece.ph : piece.pc;
    const code = codes.get(id);
    if (!code) return `it holds the code ${id}, which is in neither the original nor the current translation: keep the codes as exported`;
    if (pairedKinds.has(code.kind) !== 'pc' in piece) {
      return `it writes code ${id} as a ${'pc' in piece ? 'span' : 'placeholder'}, but it is a ${'pc' in piece ? 'placeholder' : 'span'} in the original: keep the codes as exported`;
    }
    if (!('pc' in piece)) continue;
    if (code.kind === 'link' && inLink) return `it puts link ${id} inside another link`;
    if (code.kind === 'link' && !hasText(piece.children)) return `link ${id} (${code.equiv}) has no text left: keep the link around its translated text`;
    const inner = spanProblem(piece.children, codes, inLink || code.kind === 'link');
    if (inner) return inner;
  }
  return undefined;
}

function hasText(pieces: readonly Piece[]): boolean {
  return pieces.some((p) => (typeof p === 'string' ? p.trim() !== '' : 'ph' in p || hasText(p.children)));
}

