/**
 * `npm run content:sync [-- <slug> …] [--confirm <slug>:<id> …] [--confirm-alignment <slug>:<id> …]
 * [--keep-id <slug>:<old-id>=<block-id> …] [--prune]`: brings locales/ in step with content/
 * without ever changing or dropping a translation, and records the IDs each article published
 * and the date its text last changed (see lib/content/authoring/sync.ts). Exits 2, writing nothing, on a bad argument or a target
 * that names no block.
 */
import { existsSync } from 'node:fs';
import { syncTranslations } from '@/lib/content/authoring/sync';
import { formatSyncResult } from '@/lib/content/authoring/sync-format';
import { contentFile } from '@/lib/content/files';
import { readArguments } from '@/scripts/support/command-line';

const usage = `usage: npm run content:sync [-- <slug> …] [--confirm <slug>:<id> …] [--confirm-alignment <slug>:<id> …] [--keep-id <slug>:<old-id>=<block-id> …] [--prune]
  <slug>                         sync only these articles
  --confirm <slug>:<id>          the translation of <id> (or title) is up to date with its original
  --confirm-alignment <slug>:<id> the sentences of <id>'s translation are right, though suspect
  --keep-id <slug>:<old>=<id>    keep the published ID <old> as an alias of block <id>
  --prune                        move orphan translations to locales/<lng>/<slug>.orphans.json`;

const { values, positionals: slugs } = readArguments('content:sync', usage, {
  confirm: { type: 'string', multiple: true },
  'confirm-alignment': { type: 'string', multiple: true },
  'keep-id': { type: 'string', multiple: true },
  prune: { type: 'boolean' },
});

const unknown = slugs.filter((slug) => !existsSync(contentFile(slug)));
if (unknown.length > 0) {
  console.error(`content:sync: no article ${unknown.map(contentFile).join(', ')}\n${usage}`);
  process.exit(2);
}

const result = syncTranslations(process.cwd(), {
  ...(slugs.length > 0 ? { slugs } : {}),
  confirm: values.confirm ?? [],
  confirmAlignment: values['confirm-alignment'] ?? [],
  keepId: values['keep-id'] ?? [],
  prune: values.prune ?? false,
});
if (result.refusedTargets.length > 0) {
  console.error(formatSyncResult(result));
  process.exit(2);
}
console.log(formatSyncResult(result));
process.exitCode = result.errors.length > 0 ? 1 : 0;
