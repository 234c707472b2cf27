/**
 * `npx tsx bench/align/build-dataset.ts`: builds bench/align/dataset.jsonl, the English/Spanish
 * paragraph pairs of `npm run bench:align`, from the Debian Reference (GPL-2+), whose Spanish
 * chapters are a human translation of the English ones, paragraph for paragraph. It fetches
 * the two Debian packages into .bench/align/ (git-ignored) when they are not there yet.
 *
 * HTML is read with a regex and a small entity decoder (no HTML parser is a direct dependency):
 * the files are DocBook output, regular enough for that. Every choice is deterministic, so a
 * rerun with the same packages writes the same file.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';

export interface PairItem {
  /** Chapter and the paragraph's index among the chapter's `<p>` elements: `ch01-12`. */
  id: string;
  en: string;
  es: string;
  split: 'dev' | 'test';
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = path.join(root, '.bench/align');
const output = path.join(root, 'bench/align/dataset.jsonl');

/** Debian 12 (bookworm) packages, fetched with `apt-get download NAME=VERSION`. */
const debs = { 'debian-reference-en': '2.100', 'debian-reference-es': '2.100' } as const;
const chapters = [
  'ch01',
  'ch02',
  'ch03',
  'ch04',
  'ch05',
  'ch06',
  'ch07',
  'ch08',
  'ch09',
  'ch10',
  'ch11',
  'ch12',
  'apa',
];

/** Consecutive paragraphs of a chapter share a split, so that runs of them stay together. */
const chunkSize = 20;
const minChars = 40;
const maxBytes = 2_000_000;

function run(command: string, args: string[], cwd: string): void {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Downloads and unpacks a package unless it is there; returns its unpacked directory. */
function fetchDeb(name: string, version: string): string {
  const extracted = path.join(scratch, 'x', name);
  if (existsSync(extracted)) return extracted;
  mkdirSync(scratch, { recursive: true });
  const find = () => readdirSync(scratch).find((f) => f.startsWith(`${name}_`) && f.endsWith('.deb'));
  if (!find()) {
    try {
      run('apt-get', ['download', `${name}=${version}`], scratch);
    } catch {
      throw new Error(`apt-get download ${name}=${version} failed: run \`apt-get update\` first (Debian 12 sources)`);
    }
  }
  mkdirSync(extracted, { recursive: true });
  run('dpkg-deb', ['-x', find()!, extracted], scratch);
  return extracted;
}

interface Paragraph {
  text: string;
  /** Characters inside `<code>`, `<pre>`, `<kbd>`, `<tt>` or a `literal`/`command`/`filename` span. */
  codeChars: number;
}

const codeInner =
  /<(code|tt|kbd|samp|pre)\b[^>]*>([\s\S]*?)<\/\1>|<span\s+class="(?:command|literal|filename|systemitem|option|userinput|computeroutput|replaceable)"[^>]*>([\s\S]*?)<\/span>/gi;

const stripTags = (html: string) =>
  decodeHTML(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

/** Every `<p>` of a chapter, in document order, tags stripped and entities decoded. */
export function paragraphs(html: string): Paragraph[] {
  const body = html.replace(/<(head|script|style)\b[\s\S]*?<\/\1>/gi, ' ');
  return [...body.matchAll(/<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/gi)].map((match) => {
    const inner = match[1]!;
    let codeChars = 0;
    for (const code of inner.matchAll(codeInner)) codeChars += stripTags(code[2] ?? code[3] ?? '').length;
    return { text: stripTags(inner), codeChars };
  });
}

/** Words that nearly every Spanish paragraph has and English ones do not. */
const spanishWords = /(?:^|[^\p{L}])(?:el|la|los|las|de|del|que|en|es|para|una?|por|con|se)(?=[^\p{L}]|$)/giu;
const englishWords = /(?:^|[^\p{L}])(?:the|of|and|to|is|for|with|this|that|are|you)(?=[^\p{L}]|$)/giu;
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * Why a pair is left out, or undefined to keep it: too short, untranslated (identical, or the
 * Spanish side reads as English), or code-like (mostly code, or few letters).
 */
export function rejection(en: Paragraph, es: Paragraph): string | undefined {
  if (en.text.length < minChars || es.text.length < minChars) return 'short';
  if (en.text === es.text) return 'identical';
  if (count(es.text, englishWords) > count(es.text, spanishWords)) return 'untranslated';
  if (count(en.text, spanishWords) > count(en.text, englishWords)) return 'untranslated';
  for (const p of [en, es]) {
    if (p.codeChars > 0.3 * p.text.length) return 'code';
    const letters = count(p.text, /[\p{L}\s]/gu);
    if (letters < 0.85 * p.text.length || /[{};]|^[$#] |\s--?[a-z]/.test(p.text)) return 'code';
  }
  return undefined;
}

/** dev or test: the first byte's parity of the SHA-256 of the chunk's name. */
function splitOf(chapter: string, index: number): 'dev' | 'test' {
  const digest = createHash('sha256')
    .update(`${chapter}/${Math.floor(index / chunkSize)}`)
    .digest();
  return digest[0]! % 2 === 0 ? 'dev' : 'test';
}

function main(): void {
  const en = path.join(fetchDeb('debian-reference-en', debs['debian-reference-en']), 'usr/share/debian-reference');
  const es = path.join(fetchDeb('debian-reference-es', debs['debian-reference-es']), 'usr/share/debian-reference');
  const items: PairItem[] = [];
  const reasons = new Map<string, number>();
  for (const chapter of chapters) {
    const a = paragraphs(readFileSync(path.join(en, `${chapter}.en.html`), 'utf8'));
    const b = paragraphs(readFileSync(path.join(es, `${chapter}.es.html`), 'utf8'));
    if (a.length !== b.length) {
      console.log(`${chapter}: ${a.length} English and ${b.length} Spanish paragraphs; skipped`);
      continue;
    }
    a.forEach((p, i) => {
      const reason = rejection(p, b[i]!);
      if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      else items.push({ id: `${chapter}-${i}`, en: p.text, es: b[i]!.text, split: splitOf(chapter, i) });
    });
  }
  // Keep whole chunks, every other one first to go, until the file fits.
  let kept = items;
  const size = (list: PairItem[]) => list.reduce((sum, item) => sum + Buffer.byteLength(JSON.stringify(item)) + 1, 0);
  for (let step = 2; size(kept) > maxBytes; step += 1) {
    kept = items.filter((item) => {
      const index = Number(item.id.split('-')[1]);
      return Math.floor(index / chunkSize) % step !== step - 1;
    });
  }
  writeFileSync(output, kept.map((item) => JSON.stringify(item)).join('\n') + '\n');
  const dev = kept.filter((item) => item.split === 'dev').length;
  console.log(
    `wrote ${kept.length} pairs (${dev} dev, ${kept.length - dev} test, ${(size(kept) / 1e6).toFixed(2)} MB) to ${path.relative(root, output)}; left out: ${[...reasons].map(([r, n]) => `${r} ${n}`).join(', ')}`,
  );
}

main();
