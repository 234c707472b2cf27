/**
 * `npm run bench:align [-- --split dev|test]`: sentence alignment on bench/align/dataset.jsonl
 * (paragraph pairs of the Debian Reference and its Spanish translation; see
 * bench/align/README.md), for Paralelo's `alignSentences` and the length-only `galeChurch`:
 * boundary recall on blocks of 2–4 joined paragraphs, lost sentences found, false alarms on
 * intact pairs, and blocks aligned per second. Prints a table; on the test split (the default)
 * also writes it to the `align` section of docs/BENCHMARKS.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignSentences, galeChurch, type Alignment } from '@/lib/content/build/align/align-sentences';
import { splitSentences } from '@/lib/content/build/align/split-sentences';
import { runInfo } from '../common';
import { writeReportSection } from '../report-section';

type Split = 'dev' | 'test';
type Aligner = (a: readonly string[], b: readonly string[]) => Alignment;

interface Item {
  id: string;
  en: string;
  es: string;
  split: Split;
}

/** A paragraph pair, split into sentences. */
interface Pair {
  id: string;
  en: string[];
  es: string[];
}

/** Paragraphs joined on each side; `ends[k]` is where paragraph k's last sentence ends. */
interface Block {
  en: string[];
  es: string[];
  ends: [number, number][];
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const aligners: { name: string; align: Aligner }[] = [
  { name: 'Gale–Church (length only)', align: galeChurch },
  { name: 'Paralelo `alignSentences`', align: alignSentences },
];
const targets = { recall: 0.98, found: 0.97, falseAlarms: 0.01, speed: 2000 };
const seed = 20261214;

function parseArgs(argv: string[]): Split {
  let split: Split = 'test';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg !== '--split' && !arg.startsWith('--split=')) throw new Error(`unknown argument ${arg}`);
    const value = arg.includes('=') ? arg.slice('--split='.length) : argv[(i += 1)];
    if (value !== 'dev' && value !== 'test') throw new Error(`--split takes dev or test, not ${value}`);
    split = value;
  }
  return split;
}

/** mulberry32: a small seeded PRNG, so every run builds the same blocks and deletions. */
function prng(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadPairs(split: Split): Pair[] {
  return readFileSync(path.join(root, 'bench/align/dataset.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Item)
    .filter((item) => item.split === split)
    .map((item) => ({ id: item.id, en: splitSentences(item.en, 'en'), es: splitSentences(item.es, 'es') }));
}

/**
 * Runs of 2–4 consecutive pairs of one chapter (lengths drawn from a seeded PRNG), each joined
 * into one block a side. Each paragraph is split on its own, as the content build splits
 * paragraphs, so its last sentence is known exactly.
 */
function buildBlocks(pairs: readonly Pair[]): Block[] {
  const random = prng(seed);
  const blocks: Block[] = [];
  let i = 0;
  while (i < pairs.length) {
    const chapter = pairs[i]!.id.split('-')[0];
    let length = 2 + Math.floor(random() * 3);
    while (length > 1 && pairs[i + length - 1]?.id.split('-')[0] !== chapter) length -= 1;
    if (length < 2) {
      i += 1;
      continue;
    }
    const block: Block = { en: [], es: [], ends: [] };
    for (const pair of pairs.slice(i, i + length)) {
      block.en.push(...pair.en);
      block.es.push(...pair.es);
      block.ends.push([block.en.length, block.es.length]);
    }
    block.ends.pop(); // the block's own end is not an inner boundary
    blocks.push(block);
    i += length;
  }
  return blocks;
}

/** Inner paragraph boundaries kept as bead edges, and all of them. */
function boundaries(blocks: readonly Block[], align: Aligner): { kept: number; total: number } {
  let kept = 0;
  let total = 0;
  for (const block of blocks) {
    const edges = new Set<string>();
    let a = 0;
    let b = 0;
    for (const [xs, ys] of align(block.en, block.es).pairs) {
      a += xs.length;
      b += ys.length;
      edges.add(`${a}:${b}`);
    }
    for (const [endA, endB] of block.ends) if (edges.has(`${endA}:${endB}`)) kept += 1;
    total += block.ends.length;
  }
  return { kept, total };
}

/** Pairs whose Spanish has 3 or more sentences, with one middle sentence (seeded) removed. */
function withLostSentence(pairs: readonly Pair[]): Pair[] {
  const random = prng(seed + 1);
  return pairs
    .filter((pair) => pair.es.length >= 3)
    .map((pair) => {
      const drop = 1 + Math.floor(random() * (pair.es.length - 2));
      return { ...pair, es: pair.es.filter((_, j) => j !== drop) };
    });
}

const flaggedShare = (pairs: readonly Pair[], align: Aligner) =>
  pairs.filter((pair) => align(pair.en, pair.es).suspect).length / pairs.length;

/** Blocks a second: every block once as warm-up, then whole passes for at least a second. */
function speed(blocks: readonly Block[], align: Aligner): number {
  let sink = 0;
  for (const block of blocks) sink += align(block.en, block.es).pairs.length;
  let passes = 0;
  const started = performance.now();
  while (performance.now() - started < 1000 || passes < 2) {
    for (const block of blocks) sink += align(block.en, block.es).pairs.length;
    passes += 1;
  }
  if (sink < 0) console.log(sink);
  return (passes * blocks.length) / ((performance.now() - started) / 1000);
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

function main(): void {
  const split = parseArgs(process.argv.slice(2));
  const pairs = loadPairs(split);
  const blocks = buildBlocks(pairs);
  const lost = withLostSentence(pairs);
  const sentences = blocks.reduce((sum, block) => sum + block.en.length + block.es.length, 0);
  const splitStarted = performance.now();
  for (const pair of pairs) void [splitSentences(pair.en.join(' '), 'en'), splitSentences(pair.es.join(' '), 'es')];
  const splitMs = (performance.now() - splitStarted) / pairs.length;

  const rows = aligners.map(({ name, align }) => {
    const { kept, total } = boundaries(blocks, align);
    const found = flaggedShare(lost, align);
    const falseAlarms = flaggedShare(pairs, align);
    const perSecond = speed(blocks, align);
    return { name, recall: kept / total, kept, total, found, falseAlarms, perSecond };
  });
  const lines = [
    ...runInfo(),
    `- Data: ${split} split of bench/align/dataset.jsonl (Debian Reference 2.100, English and its human Spanish translation, GPL-2+): ${pairs.length} paragraph pairs; ${blocks.length} blocks of 2–4 paragraphs (${sentences} sentences, ${rows[0]!.total} inner boundaries); ${lost.length} pairs with a middle Spanish sentence removed`,
    '',
    '| Aligner | Boundary recall | Lost sentences found | False alarms (intact pairs) | Blocks/s |',
    '| --- | --: | --: | --: | --: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${percent(r.recall)} (${r.kept}/${r.total}) | ${percent(r.found)} | ${percent(r.falseAlarms)} | ${Math.round(r.perSecond).toLocaleString('en')} |`,
    ),
    `| Target | ≥ ${percent(targets.recall)} | ≥ ${percent(targets.found)} | ≤ ${percent(targets.falseAlarms)} | ≥ ${targets.speed.toLocaleString('en')} |`,
    '',
    `Blocks/s counts alignment alone, on sentences split beforehand, in one process (one core); splitting a paragraph pair into sentences takes ${(splitMs * 1000).toFixed(0)} µs more.`,
  ];
  const markdown = lines.join('\n');
  console.log(markdown);
  if (split === 'test')
    writeReportSection(path.join(root, 'docs/BENCHMARKS.md'), 'align', `## Sentence alignment\n\n${markdown}`);
}

main();
