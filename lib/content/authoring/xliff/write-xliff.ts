import { create } from 'xmlbuilder2';
import { contentFile } from '@/lib/content/files';
import { pairedKinds, type Code, type Piece } from './inline-codes';
import { formatBase, paraleloNamespace, xliffNamespace, type OutgoingDocument, type OutgoingUnit, type XliffVersion } from './xliff-document';

type XMLBuilder = ReturnType<typeof create>;

const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';
const xmlnsNamespace = 'http://www.w3.org/2000/xmlns/';
const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>';

/** Characters XML 1.0 cannot hold, even escaped. */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const notXmlChars = new RegExp(notXmlChar.source, 'gu');

/**
 * One article's units as an XLIFF file of `version`, built as a document tree (every value
 * escaped by the builder). Structure is indented; a source or target keeps its text exactly.
 *
 * @throws Error naming the unit where a text holds a character XML cannot (XLIFF 2.0 writes it as `<cp>`)
 */
export function writeXliff(document: OutgoingDocument, version: XliffVersion): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' });
  const xliff = root.ele(xliffNamespace[version], 'xliff');
  if (version === '2.0') {
    xliff.att(xmlnsNamespace, 'xmlns:pl', paraleloNamespace).att({ version, srcLang: document.srcLang, trgLang: document.trgLang });
    const file = child(xliff, 1, 'file', { id: 'f1', original: contentFile(document.slug).split('\\').join('/') });
    for (const unit of document.units) writeUnit2(file, unit);
    close(file, 1);
  } else {
    xliff.att({ version });
    const file = child(xliff, 1, 'file', {
      original: contentFile(document.slug).split('\\').join('/'),
      'source-language': document.srcLang,
      'target-language': document.trgLang,
      datatype: 'x-markdown',
    });
    const body = child(file, 2, 'body');
    for (const unit of document.units) writeUnit12(body, unit);
    close(body, 2);
    close(file, 1);
  }
  close(xliff, 0);
  return `${xmlDeclaration}\n${root.end({ headless: true, prettyPrint: false, wellFormed: true })}\n`;
}

function writeUnit2(file: XMLBuilder, unit: OutgoingUnit): void {
  const element = child(file, 2, 'unit', { id: unit.id });
  element.att(paraleloNamespace, 'pl:source', unit.base.source).att(paraleloNamespace, 'pl:translation', unit.base.translation);
  const notes = child(element, 3, 'notes');
  for (const note of unit.notes) child(notes, 4, 'note', { category: note.category }).txt(noteText(note.text));
  close(notes, 3);
  if (unit.codes.length > 0) {
    const data = child(element, 3, 'originalData');
    for (const code of unit.codes) {
      for (const [suffix, markdown] of dataOf(code)) text(child(data, 4, 'data', { id: `d${code.id}${suffix}` }).att(xmlNamespace, 'xml:space', 'preserve'), markdown, unit.id, '2.0');
    }
    close(data, 3);
  }
  const segment = child(element, 3, 'segment', { state: unit.state });
  const codes = new Map(unit.codes.map((code) => [code.id, code]));
  writePieces(child(segment, 4, 'source').att(xmlNamespace, 'xml:space', 'preserve'), unit.source, codes, unit.id, '2.0');
  if (unit.target) writePieces(child(segment, 4, 'target').att(xmlNamespace, 'xml:space', 'preserve'), unit.target, codes, unit.id, '2.0');
  close(segment, 3);
  close(element, 2);
}

function writeUnit12(body: XMLBuilder, unit: OutgoingUnit): void {
  const element = child(body, 3, 'trans-unit', { id: unit.id, extradata: formatBase(unit.base) }).att(xmlNamespace, 'xml:space', 'preserve');
  const codes = new Map(unit.codes.map((code) => [code.id, code]));
  writePieces(child(element, 4, 'source'), unit.source, codes, unit.id, '1.2');
  if (unit.target) writePieces(child(element, 4, 'target', { state: unit.state === 'initial' ? 'needs-review-translation' : 'translated' }), unit.target, codes, unit.id, '1.2');
  for (const note of unit.notes) child(element, 4, 'note', { from: note.category }).txt(noteText(note.text));
  close(element, 3);
}

/** The `<data>` a code's Markdown goes in: one for a placeholder, start and end for a span. */
function dataOf(code: Code): [string, string][] {
  return pairedKinds.has(code.kind) ? [['s', code.start], ['e', code.end ?? '']] : [['', code.start]];
}

/** A source or target: its text, and each code as the element its version writes. */
function writePieces(parent: XMLBuilder, pieces: readonly Piece[], codes: ReadonlyMap<string, Code>, unit: string, version: XliffVersion): void {
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text(parent, piece, unit, version);
      continue;
    }
    const code = codes.get('ph' in piece ? piece.ph : piece.pc)!;
    if ('ph' in piece) codeElements[version].placeholder(parent, code);
    else writePieces(codeElements[version].span(parent, code), piece.children, codes, unit, version);
  }
}

/** The elements of inline codes in each version: 2.0's carry their Markdown for display, and say what may not be deleted. */
const codeElements: Record<XliffVersion, Record<'placeholder' | 'span', (parent: XMLBuilder, code: Code) => XMLBuilder>> = {
  '2.0': {
    placeholder: (parent, code) => parent.ele('ph', { id: code.id, dataRef: `d${code.id}`, ...type2(code), disp: code.start, ...(code.equiv !== undefined ? { equiv: code.equiv } : {}), ...fixed(code) }),
    span: (parent, code) => parent.ele('pc', { id: code.id, dataRefStart: `d${code.id}s`, dataRefEnd: `d${code.id}e`, ...type2(code), dispStart: code.start, dispEnd: code.end ?? '', ...fixed(code) }),
  },
  '1.2': {
    placeholder: (parent, code) => parent.ele('x', { id: code.id, ctype: ctype12[code.kind], 'equiv-text': code.equiv ?? code.start }),
    span: (parent, code) => parent.ele('g', { id: code.id, ctype: ctype12[code.kind] }),
  },
};

const type2 = (code: Code) => {
  const { type, subType } = codeType2[code.kind];
  return { type, ...(subType ? { subType } : {}) };
};

/** A link may not be deleted, the structure of a list or table neither deleted nor copied. */
const fixed = (code: Code): Record<string, string> => (code.kind === 'structure' ? { canCopy: 'no', canDelete: 'no' } : code.kind === 'link' ? { canDelete: 'no' } : {});

const codeType2: Record<Code['kind'], { type: string; subType?: string }> = {
  emphasis: { type: 'fmt', subType: 'xlf:i' },
  strong: { type: 'fmt', subType: 'xlf:b' },
  delete: { type: 'fmt', subType: 'pl:strikethrough' },
  link: { type: 'link' },
  code: { type: 'other', subType: 'pl:code' },
  break: { type: 'fmt', subType: 'xlf:lb' },
  structure: { type: 'other', subType: 'pl:structure' },
};

const ctype12: Record<Code['kind'], string> = {
  emphasis: 'italic',
  strong: 'bold',
  delete: 'x-strikethrough',
  link: 'link',
  code: 'x-code',
  break: 'lb',
  structure: 'x-structure',
};

/** Text, with what XML cannot hold written as `<cp>` in 2.0 and refused in 1.2. */
function text(parent: XMLBuilder, value: string, unit: string, version: XliffVersion): void {
  if (!notXmlChar.test(value)) {
    if (value) parent.txt(value);
    return;
  }
  for (const char of value) {
    if (!notXmlChar.test(char)) parent.txt(char);
    else if (version === '2.0') parent.ele('cp', { hex: char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0') });
    else throw new Error(`unit "${unit}" holds the character U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, which XLIFF 1.2 cannot carry: export it as XLIFF 2.0`);
  }
}

/** A note's text: notes hold no markup, so what XML cannot hold shows as U+FFFD. */
const noteText = (value: string) => value.replace(notXmlChars, '\uFFFD');

/** A child element on a line of its own, indented `depth` levels. */
function child(parent: XMLBuilder, depth: number, name: string, attributes: Record<string, string> = {}): XMLBuilder {
  parent.txt(`\n${'  '.repeat(depth)}`);
  return parent.ele(name, attributes);
}

/** The end tag of an element with children on lines of their own, indented `depth` levels. */
function close(element: XMLBuilder, depth: number): void {
  element.txt(`\n${'  '.repeat(depth)}`);
}
