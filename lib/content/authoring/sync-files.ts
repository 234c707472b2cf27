import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTranslationResource } from '@/lib/content/build/join/translation-resource';
import type { SourcesRecord, TranslationResource } from '@/lib/content/schemas';
import { formatJson, writeFileAtomic } from './atomic-write';

// The files content:sync writes, and the one map of title and blocks it works on for each.

// The title shares one map with the blocks here; no block ID can hold a space.
export const titleKey = ' title';

/** A key as an editor writes it: `title` for the title. */
export const displayKey = (key: string) => (key === titleKey ? 'title' : key);

/** One map of a resource file's title (under `titleKey`) and blocks. */
export function fromResource({ title, blocks }: TranslationResource): Map<string, string> {
  return new Map([...Object.entries(blocks ?? {}), ...(title !== undefined ? [[titleKey, title] as [string, string]] : [])]);
}

/** A resource file's shape from one map of title and blocks. */
export function toResource(entries: ReadonlyMap<string, string>): TranslationResource {
  const blocks = Object.fromEntries([...entries].filter(([key]) => key !== titleKey));
  return {
    ...(entries.has(titleKey) ? { title: entries.get(titleKey)! } : {}),
    ...(Object.keys(blocks).length > 0 ? { blocks } : {}),
  };
}

/**
 * A sources file's record: the fingerprint of the original each translation was made from, the
 * alignments an editor confirmed, and the originals' texts (for word diffs).
 *
 * @param hashes by key, the title under `titleKey`
 * @param texts by key, the originals' texts
 */
export function sourcesRecord(hashes: ReadonlyMap<string, string>, confirmations: SourcesRecord['confirmedAlignments'], texts: ReadonlyMap<string, string>): SourcesRecord {
  return {
    ...toResource(hashes),
    ...(confirmations && Object.keys(confirmations).length > 0 ? { confirmedAlignments: confirmations } : {}),
    ...(texts.size > 0 ? { originals: toResource(texts) } : {}),
  };
}

/** Writes a resource or sources file atomically, unless its content would stay the same. */
export function writeIfChanged(root: string, file: string, next: SourcesRecord, previous: SourcesRecord | undefined) {
  if (Object.keys(next).length === 0 && previous === undefined) return;
  if (previous !== undefined && formatJson(previous) === formatJson(next)) return;
  writeFileAtomic(path.join(root, file), formatJson(next));
}

/**
 * Adds translations to a backup file (orphans that sync prunes, values an import replaces); a
 * key already backed up with other text gets a numbered twin, so nothing backed up is lost.
 *
 * @param translations by key, the title under `titleKey`
 */
export function backupTranslations(root: string, backup: string, translations: ReadonlyMap<string, string>) {
  const full = path.join(root, backup);
  const saved = existsSync(full) ? parseTranslationResource(readFileSync(full, 'utf8'), backup) : {};
  const entries = fromResource(saved);
  for (const [key, text] of translations) {
    let slot = key;
    for (let n = 2; entries.has(slot) && entries.get(slot) !== text; n++) slot = `${key}~${n}`;
    entries.set(slot, text);
  }
  writeFileAtomic(full, formatJson(toResource(entries)));
}
