import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes `markdown` as the named section of a report file, between `<!-- name -->` markers,
 * replacing the section's previous figures and keeping every other section.
 */
export function writeReportSection(file: string, name: string, markdown: string): void {
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const section = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nWritten by `npm run bench` and `npm run bench:large`; rerun them to refresh the figures.\n';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + section + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
