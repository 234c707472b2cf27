/**
 * `npm run content:check [-- <slug> …] [--strict] [--json]`: checks the articles (all, or the
 * slugs given) and their translations and reports, per block, its ID and aliases, kind,
 * language, how it was decided, its translation's state and how the original changed since.
 * Exits 1 on errors; with --strict, also on warnings: missing, unrecorded, stale, suspect and
 * orphan translations, page residue, and updated dates content:sync has not recorded.
 */
import { buildContentReport } from '@/lib/content/authoring/check';
import { formatReport, reportJson } from '@/lib/content/authoring/check-format';
import { readArguments } from '@/scripts/support/command-line';

const usage = `usage: npm run content:check [-- <slug> …] [--strict] [--json]
  <slug>    check only these articles (content/<slug>.md)
  --strict  fail on warnings too: missing, unrecorded, stale, suspect and orphan translations,
            page residue, updated dates not recorded
  --json    print the report as JSON`;

const { values, positionals: slugs } = readArguments('content:check', usage, {
  strict: { type: 'boolean' },
  json: { type: 'boolean' },
});

const report = buildContentReport(process.cwd(), slugs.length > 0 ? { slugs } : {});
const unknown = slugs.filter((slug) => !report.articles.some((a) => a.slug === slug));
if (unknown.length > 0) {
  console.error(`content:check: no article ${unknown.map((s) => `content/${s}.md`).join(', ')}\n${usage}`);
  process.exit(2);
}
console.log(values.json ? JSON.stringify(reportJson(report), null, 2) : formatReport(report));
const failed = report.errors.length > 0 || (values.strict && report.warnings.length > 0);
process.exitCode = failed ? 1 : 0;
