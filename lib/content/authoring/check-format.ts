import { languages, otherLanguage } from '@/lib/i18n/config';
import type { ContentReport, Problem, TranslationStatus } from './check';
import { awaitsConfirmation, type AlignmentReport } from './check-alignment';
import { formatWordDiff } from './word-diff';

/** The report as an editor reads it: one table per article, then every problem by file and line. */
export function formatReport(report: ContentReport): string {
  const lines: string[] = [];
  for (const article of report.articles) {
    const counts = languages.map((l) => `${article.blocks.filter((b) => b.lang === l).length} ${l}`).join(', ');
    lines.push(`${article.file}  "${article.title.text}"  (${article.lang}; ${article.blocks.length} blocks: ${counts})`);
    lines.push(`  ${'line'.padEnd(5)} ${'id'.padEnd(48)} ${'kind'.padEnd(9)} lang  conf   decided   ${'translation'.padEnd(14)} beads`);
    for (const b of article.blocks) {
      lines.push(
        `  ${String(b.line).padEnd(5)} ${b.id.padEnd(48)} ${(b.segments ? 'mixed' : b.kind).padEnd(9)} ${b.lang.padEnd(5)} ${b.confidence.toFixed(2).padEnd(6)} ${b.decidedBy.padEnd(9)} ${`${otherLanguage(b.lang)}: ${b.translation}`.padEnd(14)} ${beadsColumn(b.alignment)}`.trimEnd(),
      );
      if (b.aliases) lines.push(`  ${''.padEnd(5)}   └ also answers to ${b.aliases.join(', ')}`);
      if (b.change) lines.push(`  ${''.padEnd(5)}   └ changed: ${formatWordDiff(b.change)}`);
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
  const translations = report.articles.flatMap((a) => [a.title, ...a.blocks]);
  const counted = (status: TranslationStatus) => `${translations.filter((b) => b.translation === status).length} ${status}`;
  const suspect = report.articles.flatMap((a) => a.blocks).filter((b) => awaitsConfirmation(b.alignment)).length;
  const residue = report.articles.flatMap((a) => a.blocks).filter((b) => b.residue).length;
  const orphans = report.warnings.filter((w) => w.message.startsWith('orphan')).length;
  lines.push(
    `${report.articles.length} article(s): ${report.errors.length} error(s), ${counted('missing')}, ${counted('unrecorded')}, ${counted('stale')}, ${suspect} suspect, ${orphans} orphan(s), ${residue} page residue`,
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
      blocks: blocks.map(({ id, aliases, kind, lang, confidence, decidedBy, translation, change, segments, alignment, residue }) => ({
        id,
        ...(aliases ? { aliases } : {}),
        kind,
        lang,
        confidence,
        decidedBy,
        translation,
        ...(change ? { change } : {}),
        ...(segments ? { segments } : {}),
        ...(alignment ? { alignment } : {}),
        ...(residue ? { residue } : {}),
      })),
    })),
    errors: report.errors,
    warnings: report.warnings,
  };
}
