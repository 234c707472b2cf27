/**
 * `npm run content:check [-- --strict] [--json]`: checks every article and translation and
 * reports, per block, its ID, kind, language, how it was decided and its translation's state.
 * Exits 1 on errors; with --strict, also on warnings: missing, stale, suspect and orphan
 * translations, and page residue.
 */
import { buildContentReport } from '@/lib/content/authoring/check';
import { formatReport, reportJson } from '@/lib/content/authoring/check-format';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => a !== '--strict' && a !== '--json');
if (unknown.length > 0) {
  console.error(`content:check: unknown option ${unknown.join(' ')}\nusage: npm run content:check [-- --strict] [--json]`);
  process.exit(2);
}

const report = buildContentReport(process.cwd());
console.log(args.has('--json') ? JSON.stringify(reportJson(report), null, 2) : formatReport(report));
const failed = report.errors.length > 0 || (args.has('--strict') && report.warnings.length > 0);
process.exitCode = failed ? 1 : 0;
