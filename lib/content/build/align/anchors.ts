/**
 * Anchors: tokens a sentence and its translation tend to share, spelled alike in English and
 * Spanish: numbers, capitalised names, cognates (lowercase words that begin alike, such as
 * directory/directorio), quotation marks, parentheses, question and exclamation marks. A bead's
 * sides pull together by the anchors they share; a sentence of a merge whose numbers and names
 * are all missing from the other side looks dropped rather than merged.
 */

/** A multiset of anchor keys: `n:` numbers, `w:` capitalised words, `c:` cognates, or a mark. */
export type AnchorCounts = Map<string, number>;

export interface SentenceAnchors {
  counts: AnchorCounts;
  /** Keys of the numbers and of the names inside the sentence (not its first word). */
  strong: string[];
  /** The sentence in lowercase without accents, to find a name's stem on the other side. */
  folded: string;
  /** Its names (folded), to find one spelled a letter apart on the other side (Havana/Habana). */
  names: string[];
}

/**
 * Nats taken off a bead's cost for each shared anchor, by kind. (A penalty for an anchor only
 * one side has would change nothing: every sentence lies in exactly one bead, so the anchors
 * left unshared are the total minus twice the shared ones.)
 */
export const ANCHOR_MATCH_BONUS = { number: 2.5, name: 1, cognate: 1, mark: 0.5 } as const;

/**
 * Letters two lowercase words must begin with alike to count as cognates (Simard, Foster &
 * Isabelle, 1992): `inst` for install/instalar, `dire` for directory/directorio. Words shorter
 * than this are not cognates. Unrelated sentences rarely share one, so a shared cognate is
 * evidence that a sentence belongs to a merge rather than having been dropped from the other side.
 */
export const COGNATE_PREFIX = 4;

/**
 * Nats added for a sentence, in a bead with both sides, that has numbers or names and shares
 * none of them with the other side: it more likely has no counterpart at all.
 */
export const ORPHAN_PENALTY = 3;

/** Characters of a name that the other side must contain, in any case, to count as having it (Soviet/soviética). */
export const NAME_STEM = 5;

// Digits with `.` `,` or a no-break/thin space between groups: 1,028 · 1.028 · 3,5 · 10 000.
const number = /\d+(?:[.,\u00a0\u202f]\d+)*/g;
// A capitalised word not inside another word (O'Brien, Díaz-Canel, EE).
const name = /(?<![\p{L}\p{M}\d])\p{Lu}[\p{L}\p{M}'’-]*/gu;
// A lowercase word not inside another word: capitalised ones are names, above.
const lowerWord = /(?<![\p{L}\p{M}\d])\p{Ll}[\p{L}\p{M}]*/gu;
const quote = /[“”«»"„]/g;

/**
 * Capitalised words that are no evidence of a name: words both languages spell alike at a
 * sentence's start, and articles and particles written in capitals inside names (La Habana,
 * Países Bajos de la Corona, The Hague).
 */
const notNames = new Set(
  'a no he me mi si son has era sin once solo total final la las el los lo de del al en y the of and'.split(' '),
);

/** Spanish function words that begin like unrelated English ones (parameter, establish, enter). */
const notCognates = new Set(['para', 'esta', 'este', 'esto', 'entr']);

/** Words English capitalises and Spanish writes in lowercase, differently: never evidence of a name. */
const englishCapitals = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december i'.split(' '),
);

/**
 * The value of a written number in one spelling: grouping separators dropped, the decimal mark
 * made a point. Groups of exactly three digits after a first group of one to three (not
 * starting with 0) are thousands, whichever mark separates them (`1.028` = `1,028` = 1028);
 * otherwise the last mark is the decimal one (`3,5` = `3.5`, `1.234,5` = `1,234.5`).
 */
export function normaliseNumber(raw: string): string {
  if (/^[1-9]\d*$/.test(raw)) return raw;
  const groups = raw.split(/[.,\u00a0\u202f]/);
  const [first = '', ...rest] = groups;
  const marks = new Set(raw.match(/[.,\u00a0\u202f]/g));
  const thousands = first.length <= 3 && !first.startsWith('0') && marks.size <= 1 && rest.every((g) => g.length === 3);
  const trim = (digits: string) => digits.replace(/^0+(?=\d)/, '');
  if (rest.length === 0 || thousands) return trim(groups.join(''));
  const decimals = groups[groups.length - 1]!.replace(/0+$/, '');
  const whole = trim(groups.slice(0, -1).join(''));
  return decimals ? `${whole}.${decimals}` : whole;
}

function fold(text: string): string {
  const lower = text.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}

function add(counts: AnchorCounts, key: string, count = 1) {
  if (count > 0) counts.set(key, (counts.get(key) ?? 0) + count);
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** The anchors of one sentence. */
export function anchorsOf(sentence: string): SentenceAnchors {
  const counts: AnchorCounts = new Map();
  const strong: string[] = [];
  for (const [raw] of sentence.matchAll(number)) {
    const key = `n:${normaliseNumber(raw)}`;
    add(counts, key);
    strong.push(key);
  }
  let first = true;
  const names: string[] = [];
  for (const match of sentence.matchAll(name)) {
    const initial = first;
    first = false;
    const word = fold(match[0]).replace(/['’-]+$/, '');
    if (word.length < 2 || notNames.has(word) || englishCapitals.has(word)) continue;
    add(counts, `w:${word}`);
    names.push(word);
    if (!initial || /[\p{L}\d]/u.test(sentence.slice(0, match.index))) strong.push(`w:${word}`);
  }
  for (const [word] of sentence.matchAll(lowerWord)) {
    const stem = fold(word.slice(0, COGNATE_PREFIX));
    // Once a sentence: a repeated word is no more evidence of a match.
    if (word.length >= COGNATE_PREFIX && !notCognates.has(stem)) counts.set(`c:${stem}`, 1);
  }
  add(counts, '"', count(sentence, quote));
  add(counts, '(', count(sentence, /\(/g));
  add(counts, ')', count(sentence, /\)/g));
  // Spanish opens and closes a question; the pair counts once.
  add(counts, '?', Math.max(count(sentence, /\?/g), count(sentence, /¿/g)));
  add(counts, '!', Math.max(count(sentence, /!/g), count(sentence, /¡/g)));
  return { counts, strong, folded: fold(sentence), names };
}

/** Whether two names are one spelled a letter apart: same first letter, one edit between them (Havana/Habana). */
function nearName(a: string, b: string): boolean {
  if (a[0] !== b[0] || Math.min(a.length, b.length) < NAME_STEM || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  // One substitution, insertion or deletion at the first difference, then the rest alike.
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

function bonusOf(key: string): number {
  if (key.startsWith('n:')) return ANCHOR_MATCH_BONUS.number;
  if (key.startsWith('w:')) return ANCHOR_MATCH_BONUS.name;
  return key.startsWith('c:') ? ANCHOR_MATCH_BONUS.cognate : ANCHOR_MATCH_BONUS.mark;
}

/** Whether a sentence has a number or name that another has too (a name's stem in any case, or a near spelling). */
function linked(sentence: SentenceAnchors, other: SentenceAnchors): boolean {
  return sentence.strong.some((key) => {
    if (other.counts.has(key)) return true;
    if (!key.startsWith('w:')) return false;
    const word = key.slice(2);
    return other.folded.includes(word.slice(0, NAME_STEM)) || other.names.some((n) => nearName(word, n));
  });
}

/** The anchor term of the bead of sentences `i…i+di−1` of one side and `j…j+dj−1` of the other. */
export type AnchorTerm = (i: number, di: number, j: number, dj: number) => number;

/**
 * Prepares the anchor term of a block's beads, in nats: a bonus for each anchor both sides of a
 * bead share, and {@link ORPHAN_PENALTY} for each sentence that looks unrelated to the other
 * side. A bead with an empty side costs nothing here. Anchors are read once per sentence and
 * numbered, so a bead costs a few array lookups.
 */
export function anchorTerm(a: readonly string[], b: readonly string[]): AnchorTerm {
  const sa = a.map(anchorsOf);
  const sb = b.map(anchorsOf);
  const ids = new Map<string, number>();
  const weights: number[] = [];
  const inA = new Set(sa.flatMap((s) => [...s.counts.keys()]));
  const inB = new Set(sb.flatMap((s) => [...s.counts.keys()]));
  // Each sentence's anchors as (id, count) pairs, keeping only keys the other side has somewhere.
  const entries = (side: SentenceAnchors[], other: Set<string>) =>
    side.map((s) => {
      const list: number[] = [];
      for (const [key, n] of s.counts) {
        if (!other.has(key)) continue;
        let id = ids.get(key);
        if (id === undefined) {
          id = weights.length;
          ids.set(key, id);
          weights.push(bonusOf(key));
        }
        list.push(id, n);
      }
      return list;
    });
  const ea = entries(sa, inB);
  const eb = entries(sb, inA);
  const countA = new Int32Array(weights.length);
  const countB = new Int32Array(weights.length);
  const linkAB = sa.map((x) => sb.map((y) => linked(x, y)));
  const linkBA = sb.map((y) => sa.map((x) => linked(y, x)));

  const orphans = (side: SentenceAnchors[], links: boolean[][], i: number, di: number, j: number, dj: number) => {
    let n = 0;
    for (let x = i; x < i + di; x++) {
      if (side[x]!.strong.length === 0) continue;
      const row = links[x]!;
      if (!row[j] && (dj < 2 || !row[j + 1])) n++;
    }
    return n;
  };

  return (i, di, j, dj) => {
    if (di === 0 || dj === 0) return 0;
    for (let x = i; x < i + di; x++) for (let k = 0, e = ea[x]!; k < e.length; k += 2) countA[e[k]!]! += e[k + 1]!;
    for (let y = j; y < j + dj; y++) for (let k = 0, e = eb[y]!; k < e.length; k += 2) countB[e[k]!]! += e[k + 1]!;
    let cost = 0;
    for (let x = i; x < i + di; x++) {
      for (let k = 0, e = ea[x]!; k < e.length; k += 2) {
        const id = e[k]!;
        cost -= Math.min(countA[id]!, countB[id]!) * weights[id]!;
        countA[id] = 0;
      }
    }
    for (let y = j; y < j + dj; y++) for (let k = 0, e = eb[y]!; k < e.length; k += 2) countB[e[k]!] = 0;
    return cost + ORPHAN_PENALTY * (orphans(sa, linkAB, i, di, j, dj) + orphans(sb, linkBA, j, dj, i, di));
  };
}
