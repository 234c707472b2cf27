import { findBlock, flowText } from '@/lib/content/article';
import { translationKeyIn } from '@/lib/content/build/join/article-translations';
import { sourceHash } from '@/lib/content/build/join/source-hash';
import { readContent, type ContentSnapshot } from '@/lib/content/build/read-sources';
import { ContentError } from '@/lib/content/content-error';
import { contentFile, orphansFile, publishedIdsFile, resourceFile, sourcesFile, updatedFile } from '@/lib/content/files';
import type { SourcesRecord, TranslationResource } from '@/lib/content/schemas';
import type { Article, Block } from '@/lib/content/types';
import { languages, otherLanguage, type Language } from '@/lib/i18n/config';
import { alignmentTargetErrors, nextConfirmations } from './alignment-confirmation';
import { keepIdAsAlias, keepIdErrors, parseKeepId } from './keep-id';
import { lostIdsIn, recordPublishedIds, type VanishedId } from './published-ids';
import { backupTranslations, displayKey, fromResource, sourcesRecord, titleKey, toResource, writeIfChanged } from './sync-files';
import { recordUpdated } from './updated-date';

export interface SyncOptions {
  /** Only these articles (default: all). */
  slugs?: string[];
  /** `slug:id` (or `slug:title`) of translations an editor checked against the current original. */
  confirm?: string[];
  /** `slug:id` of blocks whose sentence alignment an editor checked: suspect, but right. */
  confirmAlignment?: string[];
  /** Move orphan translations to `locales/<lng>/<slug>.orphans.json`. */
  prune?: boolean;
  /** `slug:old-id=block-id`: keep a published ID that an edit changed as an alias of the block it became. */
  keepId?: string[];
  /** The time a changed article's updated date is recorded as (default: now). */
  now?: Date;
}

export interface SyncChange {
  file: string;
  keys: string[];
}

export interface SyncResult {
  /** Keys added with an empty value, for a translator to fill in. */
  added: SyncChange[];
  /** Source hashes recorded for translations that had none. */
  recorded: SyncChange[];
  /** Source hashes updated on an editor's `--confirm`. */
  confirmed: SyncChange[];
  /** Alignments recorded as confirmed on an editor's `--confirm-alignment`. */
  alignmentsConfirmed: SyncChange[];
  /** Translations whose original changed since they were recorded: to update, then `--confirm`. */
  stale: SyncChange[];
  /** Originals' texts recorded beside their hashes, so that a later change can be shown word by word. */
  textsRecorded: SyncChange[];
  /** Block IDs added to the article's record of published IDs (`content/<slug>.ids.json`). */
  idsRecorded: SyncChange[];
  /** Published IDs kept as aliases on `--keep-id`, in the article's Markdown. */
  idsKept: SyncChange[];
  /** Published IDs no block answers to (a changed opening): recording the article waits for `--keep-id`. */
  idsLost: (SyncChange & { likely: Record<string, string> })[];
  /** Updated dates recorded for articles whose text or translations changed (`content/<slug>.updated.json`). */
  updatedRecorded: SyncChange[];
  /** Translations of nothing: kept where they are unless pruned. */
  orphans: SyncChange[];
  /** Orphans moved to a backup file. */
  pruned: (SyncChange & { backup: string })[];
  errors: ContentError[];
  /** `--confirm-alignment` targets that cannot be confirmed: when there is one, nothing is written. */
  refusedTargets: ContentError[];
}

/** What an editor asked a sync for, besides bringing files in step. */
interface SyncRequests {
  confirm: ReadonlySet<string>;
  confirmAlignment: ReadonlySet<string>;
  prune: boolean;
}

/**
 * Brings `locales/` in step with `content/`: adds every missing translation key with an empty
 * value (which i18next treats as missing), records the source hash of translations that have
 * none, updates a hash only when an editor confirms the translation, and reports orphans. It
 * never changes or drops an existing translation: `prune` moves orphans to a backup file.
 * It records the alignments an editor confirms, and drops confirmations that no longer hold,
 * and the time an article's text or translations changed (`updated-date.ts`).
 * Files with errors are left untouched; every write is atomic. A `confirmAlignment` target
 * that names no translated block stops it before it writes anything.
 */
export function syncTranslations(root: string, options: SyncOptions = {}): SyncResult {
  // Limited to some articles: read those, and any other that a confirmation names.
  const named = [options.confirm, options.confirmAlignment, options.keepId].flatMap((requests) =>
    (requests ?? []).map((request) => request.split(':')[0]!),
  );
  const read = { slugs: options.slugs && [...options.slugs, ...named] };
  let snapshot = readContent(root, read);
  const result: SyncResult = {
    added: [],
    recorded: [],
    confirmed: [],
    alignmentsConfirmed: [],
    stale: [],
    textsRecorded: [],
    idsRecorded: [],
    idsKept: [],
    idsLost: [],
    updatedRecorded: [],
    orphans: [],
    pruned: [],
    errors: [...snapshot.errors],
    refusedTargets: [...alignmentTargetErrors(snapshot, options.confirmAlignment ?? []), ...keepIdErrors(snapshot, options.keepId ?? [])],
  };
  if (result.refusedTargets.length > 0) return result;
  if (options.keepId?.length) {
    for (const request of options.keepId.map((r) => parseKeepId(r)!)) {
      keepIdAsAlias(root, snapshot.articles.find((a) => a.slug === request.slug)!, request);
      result.idsKept.push({ file: contentFile(request.slug), keys: [`${request.oldId} → ${request.blockId}`] });
    }
    snapshot = readContent(root, read);
  }
  const broken = new Set(snapshot.errors.map((e) => e.file));
  const articles = snapshot.articles.filter((a) => !options.slugs || options.slugs.includes(a.slug));

  const confirm = new Set(options.confirm ?? []);
  for (const request of confirm) {
    const [slug, key] = request.split(':');
    const article = snapshot.articles.find((a) => a.slug === slug);
    const known = article && (key === 'title' || findBlock(article, key ?? '') !== undefined);
    if (!known) result.errors.push(new ContentError('--confirm', undefined, `"${request}" names no article block: write <slug>:<block-id> or <slug>:title`));
  }

  const requests = { confirm, confirmAlignment: new Set(options.confirmAlignment), prune: options.prune ?? false };
  for (const article of articles) {
    let lost: VanishedId[];
    try {
      lost = lostIdsIn(root, snapshot, article);
    } catch (error) {
      result.errors.push(error as ContentError);
      continue;
    }
    const likely = Object.fromEntries(lost.map(({ id, likely: to }) => [id, to?.block.id ?? '']));
    if (lost.length > 0) result.idsLost.push({ file: contentFile(article.slug), keys: lost.map((l) => l.id), likely });
    // A block that looks like a renamed published one gets no key of its own until that is settled.
    const pending = new Set(Object.values(likely));
    for (const lng of languages) {
      const files = { resource: resourceFile(lng, article.slug), sources: sourcesFile(lng, article.slug) };
      if (broken.has(files.resource) || broken.has(files.sources)) continue;
      syncLanguage(root, snapshot, article, lng, files, requests, result, pending);
    }
    // A translation file that could not be read would make the fingerprint wrong.
    if (!languages.some((lng) => broken.has(resourceFile(lng, article.slug)))) {
      const updated = recordUpdated(root, article, snapshot.resources, options.now ?? new Date());
      if (updated) result.updatedRecorded.push({ file: updatedFile(article.slug), keys: [updated] });
    }
    if (lost.length === 0) {
      const added = recordPublishedIds(root, article);
      if (added.length > 0) result.idsRecorded.push({ file: publishedIdsFile(article.slug), keys: added });
    }
  }
  return result;
}

function syncLanguage(
  root: string,
  snapshot: ContentSnapshot,
  article: Article,
  lng: Language,
  files: { resource: string; sources: string },
  { confirm, confirmAlignment, prune }: SyncRequests,
  result: SyncResult,
  pending: ReadonlySet<string>,
) {
  const { slug } = article;
  const resource: TranslationResource = snapshot.resources[lng][slug] ?? {};
  const sources: SourcesRecord = snapshot.sources[lng][slug] ?? {};
  const existing = fromResource(resource);
  const recordedHashes = fromResource(sources);

  // What this language translates, in document order, keyed where each translation lives.
  const originals = new Map<string, { hash: string; id: string; text: string; block?: Block }>();
  const titleText = article.title[article.lang] ?? '';
  if (otherLanguage(article.lang) === lng) originals.set(titleKey, { hash: sourceHash(titleText), id: 'title', text: titleText });
  for (const block of article.blocks) {
    if (otherLanguage(block.lang) === lng) {
      originals.set(translationKeyIn(block, resource), { hash: block.sourceHash, id: block.id, text: flowText(block.versions[block.lang]!), block });
    }
  }
  const recordedTexts = fromResource(sources.originals ?? {});

  for (const [key, { id }] of originals) if (pending.has(id) && existing.get(key) === undefined) originals.delete(key);
  const added = [...originals.keys()].filter((key) => existing.get(key) === undefined);
  const orphans = [...existing.keys()].filter((key) => !originals.has(key));
  const translations = new Map<string, string>([...originals.keys()].map((key) => [key, existing.get(key) ?? '']));
  const hashes = new Map<string, string>();
  // The original's text each recorded hash stands for: what a stale translation's diff starts from.
  const texts = new Map<string, string>();
  const recorded: string[] = [];
  const confirmed: string[] = [];
  const stale: string[] = [];
  for (const [key, { hash, id, text }] of originals) {
    const previous = recordedHashes.get(key);
    const wanted = confirm.has(`${slug}:${displayKey(key)}`) || confirm.has(`${slug}:${id}`);
    if (existing.get(key) && (previous === undefined || wanted || previous === hash)) {
      if (previous === undefined) recorded.push(key);
      else if (previous !== hash) confirmed.push(key);
      hashes.set(key, hash);
      texts.set(key, text);
    } else if (previous !== undefined && existing.get(key)) {
      hashes.set(key, previous);
      const text = recordedTexts.get(key);
      if (text !== undefined) texts.set(key, text);
      stale.push(key);
    }
  }

  if (prune && orphans.length > 0) {
    const backup = orphansFile(lng, slug);
    try {
      backupTranslations(root, backup, new Map(orphans.map((key) => [key, existing.get(key)!])));
    } catch (error) {
      result.errors.push(error instanceof ContentError ? error : new ContentError(backup, undefined, String(error)));
      return;
    }
    result.pruned.push({ file: files.resource, keys: orphans.map(displayKey), backup });
  } else {
    for (const key of orphans) {
      translations.set(key, existing.get(key)!);
      const hash = recordedHashes.get(key);
      if (hash) hashes.set(key, hash);
      const text = recordedTexts.get(key);
      if (text !== undefined) texts.set(key, text);
    }
    if (orphans.length > 0) result.orphans.push({ file: files.resource, keys: orphans.map(displayKey) });
  }

  const translated = [...originals].flatMap(([key, { block }]) => {
    const translation = existing.get(key);
    return block && translation ? [{ key, block, translation }] : [];
  });
  const { confirmations, confirmed: alignmentsConfirmed } = nextConfirmations(slug, translated, sources.confirmedAlignments ?? {}, confirmAlignment);
  const nextSources = sourcesRecord(hashes, confirmations, texts);

  writeIfChanged(root, files.resource, toResource(translations), snapshot.resources[lng][slug]);
  writeIfChanged(root, files.sources, nextSources, snapshot.sources[lng][slug]);
  if (added.length > 0) result.added.push({ file: files.resource, keys: added.map(displayKey) });
  if (recorded.length > 0) result.recorded.push({ file: files.sources, keys: recorded.map(displayKey) });
  if (confirmed.length > 0) result.confirmed.push({ file: files.sources, keys: confirmed.map(displayKey) });
  const textsRecorded = [...texts].filter(([key, text]) => recordedTexts.get(key) !== text && !recorded.includes(key) && !confirmed.includes(key));
  if (textsRecorded.length > 0) result.textsRecorded.push({ file: files.sources, keys: textsRecorded.map(([key]) => displayKey(key)) });
  if (stale.length > 0) result.stale.push({ file: files.resource, keys: stale.map((key) => `${slug}:${displayKey(key)}`) });
  if (alignmentsConfirmed.length > 0) result.alignmentsConfirmed.push({ file: files.sources, keys: alignmentsConfirmed });
}
