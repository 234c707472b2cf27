import type { ImportResult } from './import';

/** What an import did with one file, for the terminal: a summary line, then the units by outcome. */
export function formatImportResult(result: ImportResult, { dryRun = false }: { dryRun?: boolean } = {}): string {
  if (result.error) return `error ${result.error}\n  nothing imported from ${result.file}`;
  const counts = (['imported', 'confirmed', 'unchanged', 'untranslated'] as const).map((outcome) => `${result[outcome].length} ${outcome}`);
  const lines = [`${result.file} → ${result.resource}: ${[...counts, `${result.refused.length} refused`].join(', ')}`];
  if (result.imported.length > 0) lines.push(`  imported: ${result.imported.join(', ')}`);
  if (result.confirmed.length > 0) lines.push(`  confirmed (kept as it was, now recorded as up to date): ${result.confirmed.join(', ')}`);
  if (result.untranslated.length > 0) lines.push(`  left untranslated (no target, or a copy of the source): ${result.untranslated.join(', ')}`);
  for (const refusal of result.refused) lines.push(`  refused ${refusal}`);
  if (result.replaced) lines.push(`  replaced translations ${dryRun ? 'would be' : 'are'} kept in ${result.replaced.backup}: ${result.replaced.keys.join(', ')}`);
  if (dryRun) lines.push('  dry run: nothing written');
  return lines.join('\n');
}
