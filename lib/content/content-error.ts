/** A problem in a content or resource file, located so an editor can go straight to it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'ContentError';
  }

  /** `file:line:column: message`, the form editors and their editors' problem matchers know. */
  toString(): string {
    const where = [this.file, this.line, this.line === undefined ? undefined : this.column]
      .filter((part) => part !== undefined)
      .join(':');
    return `${where}: ${this.message}`;
  }
}

/** Every problem found in one pass over the content, so an editor can fix them all at once. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(errors.map(String).join('\n'));
    this.name = 'ContentErrors';
  }
}

/** 1-based line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
