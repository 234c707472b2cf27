import { backupTranslations, displayKey, fromResource, sourcesRecord, toResource, writeIfChanged } from '@/lib/content/authoring/sync-files';
import { readContent } from '@/lib/content/build/read-sources';
import { ContentError } from '@/lib/content/content-error';
import { replacedFile, resourceFile, sourcesFile, updatedFile } from '@/lib/content/files';
import { recordUpdated } from '@/lib/content/authoring/updated-date';
import { unitsToTranslate } from './export-units';
import { articleSlug, checkFile } from './import-checks';
import { decideUnit } from './import-units';
import { readXliff } from './read-xliff';

export interface ImportOptions {
  /** Check and report, write nothing. */
  dryRun?: boolean;
  /** Take units whose original or translation changed since the export. */
  force?: boolean;
}

export interface ImportResult {
  /** The XLIFF file, as given. */
  file: string;
  /** The resource file the translations go to, once the file is known to be for an article. */
  resource?: string;
  /** Unit IDs, by what became of them. */
  imported: string[];
  confirmed: string[];
  unchanged: string[];
  untranslated: string[];
  /** Units not imported, each at its line with the reason. */
  refused: ContentError[];
  /** What stops the whole file: nothing of it is written. */
  error?: ContentError;
  /** Keys whose translation was replaced, and the file that keeps what they held. */
  replaced: { keys: string[]; backup: string } | undefined;
  /** Whether anything was written. */
  written: boolean;
}

/**
 * Imports the translations of one XLIFF file that content:export wrote (and a translator's tool
 * filled in) into `locales/`, with content:sync's guarantees: the file is checked whole first
 * (`readXliff`, `checkFile`) and nothing is written when it fails; each unit is decided on its
 * own (`decideUnit`), so one refused unit leaves the others imported; every translation
 * replaced goes to `locales/<lng>/<slug>.replaced.json` first, then the resource file, then its
 * sources file (the originals' fingerprints, so the new translations check as `ok`), then the
 * article's updated date (as content:sync records it, for the feeds), each written atomically, so a stop half way leaves every file old or new, and never a translation
 * recorded as up to date before it is written.
 */
export function importXliff(root: string, file: string, { dryRun = false, force = false }: ImportOptions = {}): ImportResult {
  const result: ImportResult = { file, imported: [], confirmed: [], unchanged: [], untranslated: [], refused: [], replaced: undefined, written: false };
  let checked;
  try {
    const document = readXliff(root, file);
    const slug = articleSlug(document);
    const snapshot = readContent(root, { slugs: [slug] });
    checked = { document, snapshot, target: checkFile(document, snapshot, slug) };
  } catch (error) {
    result.error = error instanceof ContentError ? error : new ContentError(file, undefined, String(error));
    return result;
  }
  const { document, snapshot, target } = checked;
  const { slug } = target.article;
  const lng = target.trgLang;
  const resource = snapshot.resources[lng][slug];
  const sources = snapshot.sources[lng][slug];
  const current = new Map(unitsToTranslate(snapshot, target.article, lng).map((u) => [u.unit.id, u]));
  const translations = fromResource(resource ?? {});
  const hashes = fromResource(sources ?? {});
  const texts = fromResource(sources?.originals ?? {});
  const replaced = new Map<string, string>();
  result.resource = resourceFile(lng, slug);

  for (const unit of document.units) {
    const decision = decideUnit(unit, { target, current, resource, force });
    switch (decision.outcome) {
      case 'refused':
        result.refused.push(new ContentError(file, decision.line, `unit "${unit.id}": ${decision.reason}`));
        break;
      case 'imported': {
        const previous = translations.get(decision.key);
        if (previous) replaced.set(decision.key, previous);
        translations.set(decision.key, decision.value);
      }
      // falls through: an imported translation is recorded as made from the original, as a confirmed one is
      case 'confirmed':
        hashes.set(decision.key, decision.hash);
        texts.set(decision.key, decision.original);
        result[decision.outcome].push(unit.id);
        break;
      default:
        result[decision.outcome].push(unit.id);
    }
  }
  if (replaced.size > 0) result.replaced = { keys: [...replaced.keys()].map(displayKey), backup: replacedFile(lng, slug) };
  if (dryRun || result.imported.length + result.confirmed.length === 0) return result;

  const writes: [string, () => void][] = [
    ...(result.replaced ? [[result.replaced.backup, () => backupTranslations(root, result.replaced!.backup, replaced)] as [string, () => void]] : []),
    [resourceFile(lng, slug), () => writeIfChanged(root, resourceFile(lng, slug), toResource(translations), resource)],
    [sourcesFile(lng, slug), () => writeIfChanged(root, sourcesFile(lng, slug), sourcesRecord(hashes, sources?.confirmedAlignments, texts), sources)],
    // The translations changed: the feeds' updated date too, as content:sync would record it.
    [
      updatedFile(slug),
      () => {
        const resources = { ...snapshot.resources, [lng]: { ...snapshot.resources[lng], [slug]: toResource(translations) } };
        recordUpdated(root, target.article, resources, new Date());
      },
    ],
  ];
  for (const [written, write] of writes) {
    try {
      write();
    } catch (error) {
      const message = `was not imported whole: writing ${written} failed (${(error as Error).message}); every file is whole, as before or as imported: run the import again`;
      result.error = new ContentError(file, undefined, message);
      return result;
    }
    result.written = true;
  }
  return result;
}
