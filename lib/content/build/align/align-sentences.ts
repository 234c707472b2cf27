import { anchorTerm, type AnchorTerm } from './anchors';

/** Sentence indices of side `a` and of side `b` that translate each other; either may be empty. */
export type Bead = [number[], number[]];

export interface Alignment {
  /** Beads in order; together they cover every sentence of both sides once. */
  pairs: Bead[];
  /**
   * A sentence has no counterpart (a 1:0 or 0:1 bead), a bead's lengths don't fit, or a merge
   * (2:1 or 1:2) is not needed: the translation likely lost or gained a sentence.
   */
  suspect: boolean;
}

export interface AlignOptions {
  /** Expected characters of `b` per character of `a`; Spanish after English by default. */
  ratio?: number;
}

/** Characters of Spanish per character of English, the usual length of a translation. */
export const SPANISH_PER_ENGLISH = 1.1;

/** Variance of a translation's length per character of the original (Gale & Church, 1993). */
export const LENGTH_VARIANCE = 6.8;

/** How often each bead shape occurs (Gale & Church's priors), keyed `a:b`. */
export const BEAD_PRIORS = { '1:1': 0.89, '1:0': 0.0099, '0:1': 0.0099, '2:1': 0.089, '1:2': 0.089, '2:2': 0.011 } as const;

/**
 * A bead is suspect when its length z-score (how many standard deviations the translation's
 * length lies from the expected one) is beyond this: a translation that lost or gained a
 * sentence's worth of text. Under the length model, 1 bead in about 2,000 would pass it.
 */
export const SUSPECT_Z = 3.5;

/**
 * Beads whose sides are both shorter than this many characters are never suspect by length:
 * with a few words the lengths tell nothing (`Sí.` for `Yes, he did.`).
 */
export const SUSPECT_MIN_CHARS = 20;

/**
 * Nats by which a merge (2:1 or 1:2) must beat its best alternative that pairs one of the merged
 * sentences 1:1 and leaves the other without counterpart; a merge that wins by less, and whose
 * other sentence shares no anchor of its own with the other side (see {@link MERGE_EVIDENCE}),
 * is not needed, and the block is suspect. The priors favour a merge over a sentence without
 * counterpart, which is right for choosing beads but hides a dropped sentence: a sentence merged
 * with its neighbour's translation usually still has plausible lengths. A translator's real
 * merge wins clearly, by the length the merged sentence adds or by the anchors it shares; a
 * dropped sentence brings neither.
 */
export const MERGE_MARGIN = 3.5;

/**
 * Nats of anchor bonus (a shared number, name or cognate, or two marks) that a merged
 * sentence must add to its bead to count as evidence that it belongs there, whatever the lengths
 * say: lengths cannot tell a short merged sentence from a short dropped one.
 */
export const MERGE_EVIDENCE = 1;

type Shape = keyof typeof BEAD_PRIORS;

const shapes: readonly (readonly [number, number, Shape])[] = [
  [1, 1, '1:1'],
  [2, 1, '2:1'],
  [1, 2, '1:2'],
  [1, 0, '1:0'],
  [0, 1, '0:1'],
  [2, 2, '2:2'],
];

const priorCost = Object.fromEntries(Object.entries(BEAD_PRIORS).map(([k, p]) => [k, -Math.log(p)])) as Record<
  Shape,
  number
>;

/** How many standard deviations `lb` lies from the length expected for `la` (Gale & Church's δ). */
export function lengthZ(la: number, lb: number, ratio: number): number {
  if (la === 0 && lb === 0) return 0;
  const mean = (la + lb / ratio) / 2;
  return (lb - la * ratio) / Math.sqrt(mean * LENGTH_VARIANCE);
}

/** −log P(|Z| ≥ |z|) for a standard normal Z, without underflow (Numerical Recipes' erfc). */
export function normalTailCost(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return -(Math.log(t) - x * x + poly);
}

type BeadCost = (i: number, j: number, di: number, dj: number, shape: Shape) => number;

/** The cheapest sequence of beads over `n` and `m` sentences, by dynamic programming. */
function cheapestBeads(n: number, m: number, beadCost: BeadCost): Bead[] {
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const step = new Uint8Array((n + 1) * width);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = 0;
      for (let s = 0; s < shapes.length; s++) {
        const [di, dj, shape] = shapes[s]!;
        if (di > i || dj > j) continue;
        const before = cost[(i - di) * width + (j - dj)]!;
        if (before === Infinity) continue;
        const total = before + beadCost(i - di, j - dj, di, dj, shape);
        if (total < best) {
          best = total;
          bestShape = s;
        }
      }
      cost[i * width + j] = best;
      step[i * width + j] = bestShape;
    }
  }
  const pairs: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [di, dj] = shapes[step[i * width + j]!]!;
    i -= di;
    j -= dj;
    pairs.push([range(i, di), range(j, dj)]);
  }
  return pairs.reverse();
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}

function prefixLengths(sentences: readonly string[]): number[] {
  const sums = [0];
  for (const s of sentences) sums.push(sums[sums.length - 1]! + s.trim().length);
  return sums;
}

function isSuspect(pairs: readonly Bead[], la: readonly number[], lb: readonly number[], ratio: number): boolean {
  return pairs.some(([xs, ys]) => {
    if (xs.length === 0 || ys.length === 0) return true;
    const a = la[xs[xs.length - 1]! + 1]! - la[xs[0]!]!;
    const b = lb[ys[ys.length - 1]! + 1]! - lb[ys[0]!]!;
    return Math.max(a, b) >= SUSPECT_MIN_CHARS && Math.abs(lengthZ(a, b, ratio)) > SUSPECT_Z;
  });
}

/**
 * Whether a merge bead (2:1 or 1:2) costs less than {@link MERGE_MARGIN} below an alternative
 * that pairs one merged sentence 1:1 and leaves the other without counterpart, the other being
 * longer than {@link SUSPECT_MIN_CHARS} and sharing no anchor of its own with the other side.
 */
function unneededMerge([xs, ys]: Bead, beadCost: BeadCost, anchors: AnchorTerm, la: number[], lb: number[]) {
  if (xs.length + ys.length !== 3) return false;
  const [i, j, two] = [xs[0]!, ys[0]!, xs.length === 2];
  // Prefix lengths of the side with two sentences, from the first of them.
  const [sums, first] = two ? [la, i] : [lb, j];
  const merge = beadCost(i, j, xs.length, ys.length, two ? '2:1' : '1:2');
  const mergeAnchors = anchors(i, xs.length, j, ys.length);
  const alone = priorCost[two ? '1:0' : '0:1'];
  return [0, 1].some((k) => {
    // Too short for lengths to tell whether it was merged or lost (and its loss matters least).
    if (sums[first + 2 - k]! - sums[first + 1 - k]! <= SUSPECT_MIN_CHARS) return false;
    const [ki, kj] = two ? [i + k, j] : [i, j + k];
    // What the other sentence adds to the bead's anchors: a shared number, name or cognate of its own.
    if (anchors(ki, 1, kj, 1) - mergeAnchors >= MERGE_EVIDENCE) return false;
    return beadCost(ki, kj, 1, 1, '1:1') + alone - merge < MERGE_MARGIN;
  });
}

/**
 * Gale & Church's aligner, on character lengths alone: each bead costs −log of its prior and of
 * the normal tail of its length z-score, a sentence without counterpart scored as a length of 0.
 * The baseline {@link alignSentences} is measured against.
 */
export function galeChurch(a: readonly string[], b: readonly string[], options: AlignOptions = {}): Alignment {
  const ratio = options.ratio ?? SPANISH_PER_ENGLISH;
  const la = prefixLengths(a);
  const lb = prefixLengths(b);
  const pairs = cheapestBeads(a.length, b.length, (i, j, di, dj, shape) => {
    const z = lengthZ(la[i + di]! - la[i]!, lb[j + dj]! - lb[j]!, ratio);
    return priorCost[shape] + normalTailCost(z);
  });
  return { pairs, suspect: isSuspect(pairs, la, lb, ratio) };
}

/**
 * Aligns a block's sentences with its translation's into beads of 1:1, 2:1, 1:2, 2:2, 1:0 and
 * 0:1 sentences. A bead costs, in nats, Gale & Church's prior and length term plus the anchor
 * term (shared numbers, names, quotation marks, parentheses, question and exclamation marks
 * pull sentences together; a sentence of a bead whose numbers and names are all missing from
 * the other side is penalised, as it more likely has no counterpart). A sentence without
 * counterpart costs its prior only, with no length term: a dropped sentence then shows as 1:0
 * or 0:1 rather than hidden in a merge. A merge that the lengths and anchors barely prefer to
 * a sentence without counterpart makes the alignment suspect too (see {@link MERGE_MARGIN}).
 *
 * @param a the sentences of one side, in order (English by default, see `ratio`)
 * @param b the sentences of the other side, in order
 * @returns beads covering every sentence of both sides once, in order
 */
export function alignSentences(a: readonly string[], b: readonly string[], options: AlignOptions = {}): Alignment {
  const ratio = options.ratio ?? SPANISH_PER_ENGLISH;
  const la = prefixLengths(a);
  const lb = prefixLengths(b);
  const anchors = anchorTerm(a, b);
  const beadCost: BeadCost = (i, j, di, dj, shape) => {
    const length =
      di === 0 || dj === 0 ? 0 : normalTailCost(lengthZ(la[i + di]! - la[i]!, lb[j + dj]! - lb[j]!, ratio));
    return priorCost[shape] + length + anchors(i, di, j, dj);
  };
  const pairs = cheapestBeads(a.length, b.length, beadCost);
  const suspect = isSuspect(pairs, la, lb, ratio) || pairs.some((bead) => unneededMerge(bead, beadCost, anchors, la, lb));
  return { pairs, suspect };
}

/** The shapes of an alignment's beads, such as `1:1 2:1 1:0`. */
export function beadsOf(alignment: Alignment): string {
  return alignment.pairs.map(([xs, ys]) => `${xs.length}:${ys.length}`).join(' ');
}
