/**
 * `npm run content:import -- <file.xlf> … [--dry-run] [--force]`: brings translations back from
 * XLIFF files that content:export wrote (see lib/content/authoring/xliff/import.ts) and prints
 * what became of each unit. Exits 1 when a file or a unit was refused, 2 on a bad argument.
 */
import { importXliff } from '@/lib/content/authoring/xliff/import';
import { formatImportResult } from '@/lib/content/authoring/xliff/import-format';
import { readArguments } from '@/scripts/support/command-line';

const usage = `usage: npm run content:import -- <file.xlf> … [--dry-run] [--force]
  <file.xlf>  an XLIFF 2.0 or 1.2 file from npm run content:export, translated
  --dry-run   check every unit and say what would be imported; write nothing
  --force     take units whose original or translation changed since the export (a replaced
              translation is kept in locales/<lng>/<slug>.replaced.json)`;

const { values, positionals: files } = readArguments('content:import', usage, {
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
});
if (files.length === 0) {
  console.error(`content:import: name the XLIFF file to import\n${usage}`);
  process.exit(2);
}

const dryRun = values['dry-run'] ?? false;
let failed = false;
for (const file of files) {
  const result = importXliff(process.cwd(), file, { dryRun, force: values.force ?? false });
  failed ||= result.error !== undefined || result.refused.length > 0;
  const report = formatImportResult(result, { dryRun });
  if (result.error) console.error(report);
  else console.log(report);
}
process.exitCode = failed ? 1 : 0;
