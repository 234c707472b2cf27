import type { SaxesParser, SaxesTagNS } from 'saxes';
import type { ContentError } from '@/lib/content/content-error';
import { InlineCollector } from './inline-collector';
import type { Piece } from './inline-codes';
import { paraleloNamespace, parseBase, xliffNamespace, type IncomingDocument, type IncomingUnit, type UnitState, type XliffVersion } from './xliff-document';

type Fail = (line: number | undefined, message: string) => ContentError;

/** Elements only one version has, to name the confusion when a file mixes them. */
const onlyIn: Record<XliffVersion, ReadonlySet<string>> = {
  '1.2': new Set(['trans-unit', 'body', 'header', 'seg-source', 'alt-trans', 'context-group', 'g', 'x', 'bx', 'ex', 'bpt', 'ept', 'it']),
  '2.0': new Set(['unit', 'segment', 'ignorable', 'notes', 'originalData', 'pc', 'sc', 'ec', 'sm', 'em', 'cp']),
};

/** What each structural element may hold that is read; the rest of a known element is skipped. */
const structure: Record<XliffVersion, Record<string, ReadonlySet<string>>> = {
  '2.0': {
    xliff: new Set(['file']),
    file: new Set(['unit', 'group', 'notes', 'skeleton']),
    group: new Set(['unit', 'group', 'notes']),
    unit: new Set(['segment', 'ignorable', 'notes', 'originalData']),
    segment: new Set(['source', 'target']),
    ignorable: new Set(['source', 'target']),
  },
  '1.2': {
    xliff: new Set(['file']),
    file: new Set(['header', 'body']),
    body: new Set(['trans-unit', 'group', 'bin-unit']),
    group: new Set(['trans-unit', 'group', 'bin-unit', 'context-group', 'count-group', 'note', 'prop-group']),
    'trans-unit': new Set(['source', 'target', 'seg-source', 'note', 'context-group', 'count-group', 'alt-trans', 'prop-group']),
  },
};

/** Elements whose content is not read: notes, context, alternatives, skeletons. */
const skipped = new Set(['notes', 'skeleton', 'originalData', 'header', 'seg-source', 'note', 'context-group', 'count-group', 'alt-trans', 'prop-group', 'bin-unit']);

interface Segment {
  ignorable: boolean;
  state: UnitState;
  source?: Piece[];
  target?: Piece[];
}

const stateRank: UnitState[] = ['initial', 'translated', 'reviewed', 'final'];

/** XLIFF 1.2's states, as the nearest of 2.0's. */
const stateOf12: Record<string, UnitState> = {
  new: 'initial',
  'needs-translation': 'initial',
  'needs-adaptation': 'translated',
  'needs-l10n': 'translated',
  'needs-review-adaptation': 'translated',
  'needs-review-l10n': 'translated',
  'needs-review-translation': 'translated',
  translated: 'translated',
  final: 'final',
  'signed-off': 'final',
};

/**
 * Builds an IncomingDocument from a streaming parser's events, refusing at once, with the line,
 * what makes the file unreadable as a whole: a DOCTYPE, an encoding other than UTF-8, a root that
 * is not XLIFF 1.2 or 2.0 or whose version and namespace disagree, an element of the other
 * version, more than one `<file>`. A problem inside one unit's text is kept on that unit.
 */
export class XliffEvents {
  private version?: XliffVersion;
  private readonly path: string[] = [];
  /** Depth inside an element whose content is not read (0: reading). */
  private skipping = 0;
  private tagLine = 1;
  private srcLang?: string;
  private trgLang?: string;
  private original?: string;
  private files = 0;
  private readonly units: IncomingUnit[] = [];
  private unit?: IncomingUnit & { segments: Segment[] };
  private segment?: Segment;
  private inline?: { role: 'source' | 'target'; collector: InlineCollector };

  constructor(
    private readonly parser: SaxesParser<{ xmlns: true; position: true }>,
    private readonly fail: Fail,
  ) {
    parser.on('xmldecl', ({ encoding }) => {
      if (encoding && encoding.toLowerCase() !== 'utf-8') throw fail(parser.line, `declares encoding="${encoding}": save it as UTF-8`);
    });
    parser.on('doctype', () => {
      throw fail(parser.line, 'has a DOCTYPE, refused: an XLIFF file needs none, and the entities one declares could expand without end (an entity bomb) or read files on this machine (external entities)');
    });
    parser.on('opentagstart', () => (this.tagLine = parser.line));
    parser.on('opentag', (tag) => this.open(tag));
    parser.on('closetag', (tag) => this.close(tag));
    parser.on('text', (text) => this.inline?.collector.text(text));
    parser.on('cdata', (text) => this.inline?.collector.text(text));
  }

  /** What was read, once the parser is closed. */
  document(file: string): IncomingDocument {
    if (!this.version) throw this.fail(1, 'holds no <xliff> element');
    if (this.files !== 1) throw this.fail(undefined, `holds ${this.files} <file> elements: content:export writes one, for one article`);
    if (!this.srcLang) throw this.fail(1, `names no source language (${this.version === '2.0' ? 'srcLang on <xliff>' : 'source-language on <file>'})`);
    return { file, version: this.version, srcLang: this.srcLang, ...(this.trgLang ? { trgLang: this.trgLang } : {}), ...(this.original ? { original: this.original } : {}), units: this.units };
  }

  private open(tag: SaxesTagNS) {
    if (this.skipping > 0) {
      this.skipping++;
      return;
    }
    if (this.inline) {
      this.inline.collector.open(tag, this.tagLine);
      return;
    }
    if (!this.version) return this.openRoot(tag);
    const parent = this.path.at(-1)!;
    const version = this.version;
    if (tag.uri !== xliffNamespace[version]) {
      const other = version === '2.0' ? '1.2' : '2.0';
      if (tag.uri === xliffNamespace[other]) throw this.fail(this.tagLine, `<${tag.local}> is in the XLIFF ${other} namespace, but this file is XLIFF ${version}`);
      // An extension of another namespace: allowed, and not read.
      this.skipping = 1;
      return;
    }
    if (!structure[version][parent]?.has(tag.local)) {
      const other = version === '2.0' ? '1.2' : '2.0';
      const why = onlyIn[other].has(tag.local) ? `is XLIFF ${other}, but this file is XLIFF ${version}` : `is not expected inside <${parent}>`;
      throw this.fail(this.tagLine, `<${tag.local}> ${why}`);
    }
    this.path.push(tag.local);
    const attribute = (name: string) => tag.attributes[name]?.value;
    switch (tag.local) {
      case 'file':
        this.files++;
        this.original = attribute('original');
        if (version === '1.2') {
          this.srcLang = attribute('source-language');
          this.trgLang = attribute('target-language');
        }
        break;
      case 'unit':
      case 'trans-unit':
        this.openUnit(tag, version);
        break;
      case 'segment':
      case 'ignorable':
        this.segment = { ignorable: tag.local === 'ignorable', state: stateRank.find((s) => s === attribute('state')) ?? 'initial' };
        break;
      case 'source':
      case 'target':
        this.openText(tag, version);
        break;
      default:
        if (skipped.has(tag.local)) {
          this.path.pop();
          this.skipping = 1;
        }
    }
  }

  private openRoot(tag: SaxesTagNS) {
    const version = tag.attributes.version?.value;
    const found = (Object.keys(xliffNamespace) as XliffVersion[]).find((v) => xliffNamespace[v] === tag.uri);
    if (tag.local !== 'xliff' || !found) {
      throw this.fail(this.tagLine, `is not XLIFF 1.2 or 2.0: its root is <${tag.name}>${tag.uri ? ` in namespace ${tag.uri}` : ' in no namespace'}`);
    }
    const versions = found === '2.0' ? ['2.0', '2.1'] : ['1.2'];
    if (!version || !versions.includes(version)) {
      throw this.fail(this.tagLine, `says version="${version ?? ''}" but uses the XLIFF ${found} namespace (${tag.uri}): a file is one version or the other; export it again`);
    }
    this.version = found;
    this.path.push('xliff');
    if (found === '2.0') {
      this.srcLang = tag.attributes.srcLang?.value;
      this.trgLang = tag.attributes.trgLang?.value;
    }
  }

  private openUnit(tag: SaxesTagNS, version: XliffVersion) {
    const own = (name: string) => Object.values(tag.attributes).find((a) => a.uri === paraleloNamespace && a.local === name)?.value;
    const [source, translation] = [own('source'), own('translation')];
    const base = version === '1.2' ? parseBase(tag.attributes.extradata?.value) : source && translation ? { source, translation } : undefined;
    this.unit = { id: tag.attributes.id?.value ?? '', line: this.tagLine, source: [], state: 'initial', ...(base ? { base } : {}), segments: [] };
    // A 1.2 unit is one segment; it is approved, or its target says how far it is.
    if (version === '1.2') this.segment = { ignorable: false, state: tag.attributes.approved?.value === 'yes' ? 'final' : 'translated' };
  }

  private openText(tag: SaxesTagNS, version: XliffVersion) {
    const role = tag.local as 'source' | 'target';
    if (version === '1.2' && role === 'target') {
      const state = tag.attributes.state?.value;
      if (state !== undefined && this.segment) this.segment.state = stateOf12[state] ?? 'translated';
    }
    this.inline = { role, collector: new InlineCollector(version, role, (line, message) => this.unitProblem(line, message)) };
  }

  private unitProblem(line: number, message: string) {
    if (this.unit && !this.unit.problem) this.unit.problem = { line, message };
  }

  private close(tag: SaxesTagNS) {
    if (this.skipping > 0) {
      this.skipping--;
      return;
    }
    if (this.inline && this.inline.collector.depth > 0) {
      this.inline.collector.close();
      return;
    }
    this.path.pop();
    switch (tag.local) {
      case 'source':
      case 'target':
        if (this.segment) this.segment[this.inline!.role] = this.inline!.collector.pieces;
        this.inline = undefined;
        break;
      case 'segment':
      case 'ignorable':
        if (this.segment) this.unit?.segments.push(this.segment);
        this.segment = undefined;
        break;
      case 'unit':
      case 'trans-unit':
        if (this.version === '1.2' && this.segment) this.unit!.segments = [this.segment];
        this.units.push(finishUnit(this.unit!));
        this.unit = undefined;
        this.segment = undefined;
        break;
    }
  }
}

/** A unit's segments as one source and one target, with the least advanced state of its segments. */
function finishUnit({ segments, ...unit }: IncomingUnit & { segments: Segment[] }): IncomingUnit {
  const source = segments.flatMap((s) => s.source ?? []);
  const translatable = segments.filter((s) => !s.ignorable);
  const withTarget = translatable.filter((s) => s.target !== undefined);
  const state = stateRank[Math.min(...translatable.map((s) => stateRank.indexOf(s.state)))] ?? 'initial';
  if (withTarget.length === 0) return { ...unit, source, state };
  const missing = translatable.findIndex((s) => s.target === undefined);
  const problem = missing >= 0 && !unit.problem ? { problem: { line: unit.line, message: `segment ${missing + 1} has no <target>: translate every segment of a unit, or none` } } : {};
  const target = segments.flatMap((s) => s.target ?? (s.ignorable ? (s.source ?? []) : []));
  return { ...unit, ...problem, source, target, state };
}
