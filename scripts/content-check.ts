/**
 * `npm run content:check [-- --strict] [-- --json]`: checks every article and translation and
 * reports, per block, its ID, kind, language, how it was decided and its translation's state.
 * Exits 1 on errors; with --strict, also on missing, stale and orphan translations.
 */
import { buildContentReport, formatReport } from '@/lib/content/report';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => a !== '--strict' && a !== '--json');
if (unknown.length > 0) {
  console.error(`content:check: unknown option ${unknown.join(' ')}\nusage: npm run content:check [-- --strict] [--json]`);
  process.exit(2);
}

const report = buildContentReport(process.cwd());
if (args.has('--json')) {
  console.log(
    JSON.stringify(
      {
        articles: report.articles.map(({ slug, title, blocks }) => ({
          slug,
          title,
          blocks: blocks.map(({ id, kind, lang, confidence, decidedBy, translation, segments }) => ({
            id,
            kind,
            lang,
            confidence,
            decidedBy,
            translation,
            ...(segments ? { segments } : {}),
          })),
        })),
        errors: report.errors,
        warnings: report.warnings,
      },
      null,
      2,
    ),
  );
} else {
  console.log(formatReport(report));
}
const failed = report.errors.length > 0 || (args.has('--strict') && report.warnings.length > 0);
process.exitCode = failed ? 1 : 0;
