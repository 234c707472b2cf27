import type { Language } from '@/lib/i18n/config';
import type { Code, Piece } from './inline-codes';

// An XLIFF file as content:export writes it and content:import reads it back, in either version.

export type XliffVersion = '1.2' | '2.0';

export const xliffNamespace: Record<XliffVersion, string> = {
  '1.2': 'urn:oasis:names:tc:xliff:document:1.2',
  '2.0': 'urn:oasis:names:tc:xliff:document:2.0',
};

/** Paralelo's own attributes on a 2.0 unit (in 1.2, `extradata` holds the same). */
export const paraleloNamespace = 'urn:paralelo:xliff';

/** The title's unit: no block ID starts with `_`. */
export const titleUnitId = '_title';

/** A segment's state, as XLIFF 2.0 names them (1.2's are read as the nearest of these). */
export type UnitState = 'initial' | 'translated' | 'reviewed' | 'final';

/**
 * What a unit was made from at export, as fingerprints (`sourceHash`): the original, and the
 * translation then in `locales/` (of the empty string where there was none). Import tells by
 * them whether the original or the translation changed since.
 */
export interface UnitBase {
  source: string;
  translation: string;
}

/** A note for the translator: the article, the block's kind, its neighbours, its address. */
export interface Note {
  category: string;
  text: string;
}

/** A unit as content:export writes it. */
export interface OutgoingUnit {
  id: string;
  /** Every code the source and target name: the source's, then any only the target has. */
  codes: Code[];
  source: Piece[];
  target?: Piece[];
  state: 'initial' | 'translated';
  notes: Note[];
  base: UnitBase;
}

/** One article's units to translate into one language. */
export interface OutgoingDocument {
  slug: string;
  srcLang: Language;
  trgLang: Language;
  units: OutgoingUnit[];
}

/** A unit as content:import reads it. */
export interface IncomingUnit {
  id: string;
  /** The line of its opening tag. */
  line: number;
  source: Piece[];
  /** Absent where no segment has a target. */
  target?: Piece[];
  state: UnitState;
  /** Absent where the tool that saved the file dropped it. */
  base?: UnitBase;
  /** What stops this unit alone from being read, at its line: an element that is not XLIFF inline markup. */
  problem?: { line: number; message: string };
}

/** An XLIFF file as content:import reads it. */
export interface IncomingDocument {
  file: string;
  version: XliffVersion;
  srcLang: string;
  trgLang?: string;
  /** The article it names: `<file original="content/<slug>.md">`. */
  original?: string;
  units: IncomingUnit[];
}

/** `extradata` of a 1.2 unit: the two fingerprints of its base. */
export const formatBase = (base: UnitBase) => `source:${base.source} translation:${base.translation}`;

export function parseBase(extradata: string | undefined): UnitBase | undefined {
  const found = /^source:(\S+) translation:(\S+)$/.exec(extradata ?? '');
  return found ? { source: found[1]!, translation: found[2]! } : undefined;
}
