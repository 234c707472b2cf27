import { flowText, inlineRuns } from '@/lib/content/article';
import { formatWordDiff, wordDiff } from '@/lib/content/authoring/word-diff';
import { sourceHash } from '@/lib/content/build/join/source-hash';
import { translationFlow } from '@/lib/content/build/join/translation-flow';
import { resourceFile } from '@/lib/content/files';
import type { TranslationResource } from '@/lib/content/schemas';
import type { Flow, Inline } from '@/lib/content/types';
import { titleKey } from '@/lib/content/authoring/sync-files';
import type { UnitToExport } from './export-units';
import { targetCodeProblem, type ImportTarget } from './import-checks';
import { piecesKey, piecesText, type Code, type Piece } from './inline-codes';
import { inlineToMarkdown, titleText } from './inline-to-markdown';
import { titleUnitId, type IncomingUnit } from './xliff-document';

/** What a unit is decided against. */
export interface UnitContext {
  target: ImportTarget;
  /** Each unit as content:export would write it now, by block ID (or `titleUnitId`). */
  current: ReadonlyMap<string, UnitToExport>;
  /** The resource file of the target language now. */
  resource: TranslationResource | undefined;
  /** Take a unit whose original or translation changed since the export. */
  force: boolean;
}

/** What becomes of one unit. */
export type UnitDecision =
  /** A new translation, to write under `key` (the title under `titleKey`), with the original's fingerprint and text. */
  | { outcome: 'imported'; key: string; value: string; hash: string; original: string }
  /** The translation there already, now recorded as made from the original as it is. */
  | { outcome: 'confirmed'; key: string; hash: string; original: string }
  | { outcome: 'unchanged' | 'untranslated' }
  | { outcome: 'refused'; line: number; reason: string };

/**
 * What to do with one unit of a file whose checks passed (`checkFile`), against the unit as
 * content:export would write it now (`current`): refused when its text breaks (a problem the
 * reader kept, codes that break a link or the structure), when the original changed since the
 * export or the translation in `locales/` did (both unless `force`), or when its block is in the
 * target language; untranslated when it has no target, or an untouched copy of the source;
 * unchanged when it gives the translation there already (confirmed, when a translator marked a
 * stale or unrecorded one as translated); imported otherwise.
 */
export function decideUnit(unit: IncomingUnit, { target, current, resource, force }: UnitContext): UnitDecision {
  const refuse = (reason: string, line = unit.line): UnitDecision => ({ outcome: 'refused', line, reason });
  if (unit.problem) return refuse(unit.problem.message, unit.problem.line);
  const { article, trgLang } = target;
  const block = unit.id === titleUnitId ? undefined : target.blocks.get(unit.id);
  const now = current.get(block?.id ?? titleUnitId);
  if (!now) return refuse(`block "${block!.id}" is written in the target language already: there is nothing to translate`);

  const originalChanged = unit.base ? unit.base.source !== now.unit.base.source : piecesKey(unit.source) !== piecesKey(now.unit.source);
  if (originalChanged && !force) {
    const diff = formatWordDiff(wordDiff(piecesText(unit.source), piecesText(now.unit.source)));
    return refuse(`the original changed since the export (${diff}): export it again and translate that, or take this translation as it is with --force`);
  }
  if (!unit.target || !hasContent(unit.target)) return { outcome: 'untranslated' };
  if (unit.state === 'initial' && piecesKey(unit.target) === piecesKey(unit.source)) return { outcome: 'untranslated' };

  const codes = new Map(now.unit.codes.map((code) => [code.id, code]));
  let value: string;
  if (!block) {
    if (unit.target.some((piece) => typeof piece !== 'string')) return refuse('the title is plain text: its target takes no codes');
    value = titleText(unit.target);
  } else {
    const problem = targetCodeProblem(unit.target, codes, now.unit.source, now.unit.target);
    if (problem) return refuse(problem);
    value = inlineToMarkdown(unit.target, codes);
    const original = block.versions[block.lang]!;
    if (!survives(value, original, block.versions[trgLang], unit.target, codes)) {
      return refuse('its codes would not come back as the same Markdown (a list, quote or table code inside formatting?): keep the codes as exported');
    }
  }

  const there = block ? resource?.blocks?.[now.key] : resource?.title;
  const key = block ? now.key : titleKey;
  const hash = block ? block.sourceHash : sourceHash(article.title[article.lang] ?? '');
  const original = block ? flowText(block.versions[block.lang]!) : (article.title[article.lang] ?? '');
  const canonical = block && now.unit.target ? inlineToMarkdown(now.unit.target, codes) : there;
  if (value === there || value === canonical) {
    const approved = unit.state !== 'initial' && (now.status === 'stale' || now.status === 'unrecorded');
    return approved ? { outcome: 'confirmed', key, hash, original } : { outcome: 'unchanged' };
  }
  const translationChanged = unit.base ? unit.base.translation !== sourceHash(there ?? '') : Boolean(there);
  if (translationChanged && !force) {
    const why = unit.base ? 'changed since the export' : 'is there, and this file does not say which translation it was made from';
    return refuse(`the translation in ${resourceFile(trgLang, article.slug)} ${why}: export it again to translate from it, or replace it with --force (it is kept in the backup file)`);
  }
  return { outcome: 'imported', key, value, hash, original };
}

function hasContent(pieces: readonly Piece[]): boolean {
  return pieces.some((piece) => (typeof piece === 'string' ? piece.trim() !== '' : true));
}

/**
 * Whether the Markdown made from a target reads back as the codes meant: a body of the
 * original's kind and shape (or the current translation's), with every link of the target.
 */
function survives(markdown: string, original: Flow, current: Flow | undefined, target: readonly Piece[], codes: ReadonlyMap<string, Code>): boolean {
  const flow = translationFlow(markdown, original);
  const shapes = [shape(original), ...(current ? [shape(current)] : [])];
  const urls = linksOf(flow);
  const wanted = linkUrls(target, codes);
  return shapes.includes(shape(flow)) && wanted.every((url) => urls.includes(url));
}

function shape(flow: Flow): string {
  switch (flow.type) {
    case 'paragraph':
    case 'heading':
      return flow.type;
    case 'quote':
      return `quote(${flow.children.map(shape).join(',')})`;
    case 'list':
      return `list(${flow.items.map((item) => item.map(shape).join(',')).join(';')})`;
    case 'table':
      return `table(${flow.rows.length}x${flow.rows[0]?.length ?? 0})`;
  }
}

function linksOf(flow: Flow): string[] {
  const inline = (nodes: readonly Inline[]): string[] => nodes.flatMap((n) => (n.type === 'link' ? [n.url, ...inline(n.children)] : 'children' in n ? inline(n.children) : []));
  return inlineRuns(flow).flatMap(inline);
}

function linkUrls(pieces: readonly Piece[], codes: ReadonlyMap<string, Code>): string[] {
  return pieces.flatMap((p) => (typeof p === 'string' || 'ph' in p ? [] : [...(codes.get(p.pc)?.kind === 'link' ? [codes.get(p.pc)!.equiv!] : []), ...linkUrls(p.children, codes)]));
}
