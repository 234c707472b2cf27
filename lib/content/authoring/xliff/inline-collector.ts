import type { SaxesTagNS } from 'saxes';
import type { Piece } from './inline-codes';
import { xliffNamespace, type XliffVersion } from './xliff-document';

/** How an inline element is read: a span, a placeholder, transparent (its text counts), or not at all. */
type Reading = 'span' | 'placeholder' | 'transparent' | 'ignored';

const readings: Record<XliffVersion, Record<string, Reading>> = {
  '2.0': { pc: 'span', ph: 'placeholder', mrk: 'transparent', cp: 'placeholder', sm: 'ignored', em: 'ignored' },
  '1.2': { g: 'span', x: 'placeholder', mrk: 'transparent' },
};

/**
 * Collects the pieces of one `<source>` or `<target>` from parser events: text, the spans
 * (`<pc>`, 1.2's `<g>`) and placeholders (`<ph>`, `<x>`) content:export writes, `<mrk>`
 * annotations read as their text, `<cp>` as its character. Any other element (HTML such as
 * `<script>`, codes written another way) is reported once, at its line, and its content left out.
 */
export class InlineCollector {
  readonly pieces: Piece[] = [];
  private readonly stack: { reading: Reading; list: Piece[] }[] = [];

  constructor(
    private readonly version: XliffVersion,
    private readonly role: 'source' | 'target',
    private readonly problem: (line: number, message: string) => void,
  ) {}

  /** How many inline elements are open. */
  get depth(): number {
    return this.stack.length;
  }

  text(value: string): void {
    const top = this.stack.at(-1);
    if (top?.reading === 'ignored' || top?.reading === 'placeholder') return;
    const list = top?.list ?? this.pieces;
    const last = list.at(-1);
    if (typeof last === 'string') list[list.length - 1] = last + value;
    else list.push(value);
  }

  open(tag: SaxesTagNS, line: number): void {
    const top = this.stack.at(-1);
    const list = top?.list ?? this.pieces;
    const inXliff = tag.uri === xliffNamespace[this.version];
    const reading = inXliff ? readings[this.version][tag.local] : undefined;
    if (top?.reading === 'ignored' || top?.reading === 'placeholder') {
      this.stack.push({ reading: 'ignored', list });
      return;
    }
    if (!reading) {
      const what = inXliff ? `code <${tag.local}>, which content:export never writes: keep the codes as exported (<pc> and <ph>, or <g> and <x>)` : `<${tag.name}>, which is not XLIFF inline markup: write such text escaped (&lt;${tag.name}&gt;) to have it as text`;
      this.problem(line, `its ${this.role} holds ${what}`);
      this.stack.push({ reading: 'ignored', list });
      return;
    }
    const id = tag.attributes.id?.value;
    if ((reading === 'span' || (reading === 'placeholder' && tag.local !== 'cp')) && !id) {
      this.problem(line, `its ${this.role} holds <${tag.local}> without an id`);
      this.stack.push({ reading: 'ignored', list });
      return;
    }
    if (tag.local === 'cp') {
      const code = Number.parseInt(tag.attributes.hex?.value ?? '', 16);
      if (Number.isNaN(code) || code > 0x10ffff) this.problem(line, `its ${this.role} holds <cp> without a valid hex code point`);
      else this.text(String.fromCodePoint(code));
      this.stack.push({ reading: 'placeholder', list });
      return;
    }
    if (reading === 'span') {
      const span = { pc: id!, children: [] as Piece[] };
      list.push(span);
      this.stack.push({ reading, list: span.children });
      return;
    }
    if (reading === 'placeholder') list.push({ ph: id! });
    this.stack.push({ reading, list });
  }

  close(): void {
    this.stack.pop();
  }
}
