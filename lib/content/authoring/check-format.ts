import { languages, otherLanguage } from '@/lib/i18n/config';
import type { ContentReport, Problem } from './check';
import { awaitsConfirmation, type AlignmentReport } from './check-alignment';

/** The report as an editor reads it: one table per article, then every problem by file and line. */
export function formatReport(report: ContentReport): string {
  const lines: string[] = [];
  for (const article of report.articles) {
    const counts = languages.map((l) => `${article.blocks.filter((b) => b.lang === l).length} ${l}`).join(', ');
    lines.push(`${article.file}  "${article.title.text}"  (${article.lang}; ${article.blocks.length} blocks: ${counts})`);
    lines.push(`  ${'line'.padEnd(5)} ${'id'.padEnd(48)} ${'kind'.padEnd(9)} lang  conf   decided   ${'translation'.padEnd(12)} beads`);
    for (const b of article.blocks) {
      lines.push(
        `  ${String(b.line).padEnd(5)} ${b.id.padEnd(48)} ${(b.segments ? 'mixed' : b.kind).padEnd(9)} ${b.lang.padEnd(5)} ${b.confidence.toFixed(2).padEnd(6)} ${b.decidedBy.padEnd(9)} ${`${otherLanguage(b.lang)}: ${b.translation}`.padEnd(12)} ${beadsColumn(b.alignment)}`.trimEnd(),
      );
      for (const segment of b.segments ?? []) {
        const excerpt = segment.text.length > 70 ? `${segment.text.slice(0, 69)}…` : segment.text;
        lines.push(`  ${''.padEnd(5)}   └ ${segment.lang} (${segment.decidedBy}) ${excerpt}`);
      }
    }
    lines.push(`  ${''.padEnd(5)} ${'(title)'.padEnd(48)} ${''.padEnd(9)} ${article.lang.padEnd(5)} ${''.padEnd(6)} ${''.padEnd(9)} ${otherLanguage(article.lang)}: ${article.title.translation}`);
    lines.push('');
  }
  const where = (p: Problem) => [p.file, p.line, p.line === undefined ? undefined : p.column].filter((x) => x !== undefined).join(':');
  for (const error of report.errors) lines.push(`error   ${where(error)}: ${error.message}`);
  for (const warning of report.warnings) lines.push(`warning ${where(warning)}: ${warning.message}`);
  const missing = report.articles.flatMap((a) => [a.title, ...a.blocks]).filter((b) => b.translation === 'missing').length;
  const stale = report.articles.flatMap((a) => [a.title, ...a.blocks]).filter((b) => b.translation === 'stale').length;
  const suspect = report.articles.flatMap((a) => a.blocks).filter((b) => awaitsConfirmation(b.alignment)).length;
  const residue = report.articles.flatMap((a) => a.blocks).filter((b) => b.residue).length;
  const orphans = report.warnings.length - missing - stale - suspect - residue;
  lines.push(
    `${report.articles.length} article(s): ${report.errors.length} error(s), ${missing} missing, ${stale} stale, ${suspect} suspect, ${orphans} orphan(s), ${residue} page residue`,
  );
  return lines.join('\n');
}

/** A translated block's beads, original:translation, marked when suspect: `1:1 1:0 (suspect, confirmed)`. */
function beadsColumn(alignment: AlignmentReport | undefined): string {
  if (!alignment?.suspect) return alignment?.beads ?? '';
  return `${alignment.beads} (${alignment.confirmed ? 'suspect, confirmed' : 'suspect'})`;
}

/** The report as `content:check --json` prints it: per block, what an editor's tools need. */
export function reportJson(report: ContentReport) {
  return {
    articles: report.articles.map(({ slug, title, blocks }) => ({
      slug,
      title,
      blocks: blocks.map(({ id, kind, lang, confidence, decidedBy, translation, segments, alignment, residue }) => ({
        id,
        kind,
        lang,
        confidence,
        decidedBy,
        translation,
        ...(segments ? { segments } : {}),
        ...(alignment ? { alignment } : {}),
        ...(residue ? { residue } : {}),
      })),
    })),
    errors: report.errors,
    warnings: report.warnings,
  };
}
