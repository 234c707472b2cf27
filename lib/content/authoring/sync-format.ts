import path from 'node:path';
import type { SyncChange, SyncResult } from './sync';

/** What a sync did, for the terminal. */
export function formatSyncResult(result: SyncResult): string {
  if (result.refusedTargets.length > 0) return [...result.refusedTargets.map((e) => `error ${e}`), 'nothing was written'].join('\n');
  const lines: string[] = [];
  const list = (label: string, changes: SyncChange[]) => {
    for (const { file, keys } of changes) lines.push(`${label} ${file}: ${keys.join(', ')}`);
  };
  list('kept as alias', result.idsKept);
  for (const { file, keys, likely } of result.idsLost) {
    for (const id of keys) {
      const fix = likely[id] ? `if it became "${likely[id]}", run npm run content:sync -- --keep-id ${path.basename(file, '.md')}:${id}=${likely[id]}` : `add alias=${id} to the block it became`;
      lines.push(`published ID lost ${file}: "${id}" leads nowhere; ${fix} (IDs not recorded until then)`);
    }
  }
  list('recorded published IDs in', result.idsRecorded);
  list('recorded updated date in', result.updatedRecorded);
  list('added (to translate)', result.added);
  list('recorded source of', result.recorded);
  list('confirmed', result.confirmed);
  list('recorded original text (for word diffs) of', result.textsRecorded);
  list('confirmed alignment of', result.alignmentsConfirmed);
  for (const { file, keys } of result.stale) {
    lines.push(`stale (the original changed; npm run content:check shows how) ${file}: ${keys.join(', ')}`);
    lines.push(`  once updated: npm run content:sync -- ${keys.map((k) => `--confirm ${k}`).join(' ')}`);
  }
  list('orphans (kept; --prune moves them out)', result.orphans);
  for (const { file, keys, backup } of result.pruned) lines.push(`moved to ${backup} from ${file}: ${keys.join(', ')}`);
  for (const error of result.errors) lines.push(`error ${error}`);
  if (lines.length === 0) lines.push('locales/ is in step with content/: nothing to do');
  return lines.join('\n');
}
