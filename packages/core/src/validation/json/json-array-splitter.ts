/** One top-level element of a JSON array, as raw text. */
export interface JsonElementText {
  readonly text: string;
  /** 1-based line where the element starts. */
  readonly line: number;
}

const enum Mode { BeforeArray, BetweenElements, InElement, AfterArray }

/**
 * Splits a streamed JSON array (`[{…},{…}]`) into its element texts without parsing
 * the whole document, tracking strings and nesting across chunks. Structural errors
 * are collected in `errors`; element syntax is left to the element parser.
 *
 * @example
 * ```ts
 * const s = new JsonArraySplitter()
 * s.push('[{"a":1},').concat(s.push('{"a":2}]')) // two elements
 * ```
 */
export class JsonArraySplitter {
  readonly errors: { message: string; line: number }[] = [];
  private mode = Mode.BeforeArray;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private text = '';
  private line = 1;
  private startLine = 1;
  private out: JsonElementText[] = [];

  push(chunk: string): JsonElementText[] {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (c === '\n') this.line++;
      if (this.mode === Mode.InElement) start = this.inElement(chunk, i, c, start);
      else if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') start = this.structural(chunk, i, c);
    }
    if (this.mode === Mode.InElement) this.text += chunk.slice(start);
    return this.drain();
  }

  end(): JsonElementText[] {
    if (this.mode === Mode.BeforeArray) this.fail('empty file: expected a JSON array');
    else if (this.mode !== Mode.AfterArray) this.fail('unexpected end of file: the JSON array is not closed');
    return this.drain();
  }

  private structural(chunk: string, i: number, c: string): number {
    if (this.mode === Mode.BeforeArray) {
      if (c === '[') this.mode = Mode.BetweenElements;
      else this.failOnce('expected "[" (a JSON array of row objects)');
    } else if (this.mode === Mode.BetweenElements) {
      if (c === ']') this.mode = Mode.AfterArray;
      else if (c !== ',') return this.beginElement(chunk, i, c);
    } else {
      this.failOnce('unexpected text after the closing "]"');
    }
    return i + 1;
  }

  private beginElement(chunk: string, i: number, c: string): number {
    this.mode = Mode.InElement;
    this.startLine = this.line;
    this.text = '';
    this.depth = 0;
    return this.inElement(chunk, i, c, i);
  }

  /** Consumes one character of an element; a `,` or `]` outside strings at depth 0 ends it. */
  private inElement(chunk: string, i: number, c: string, start: number): number {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (c === '\\') this.escaped = true;
      else if (c === '"') this.inString = false;
      return start;
    }
    if (this.depth === 0 && (c === ',' || c === ']')) return this.finishElement(chunk, i, c, start);
    if (c === '"') this.inString = true;
    else if (c === '{' || c === '[') this.depth++;
    else if (c === '}' || c === ']') this.depth--;
    return start;
  }

  private finishElement(chunk: string, i: number, c: string, start: number): number {
    this.text += chunk.slice(start, i);
    this.out.push({ text: this.text.trim(), line: this.startLine });
    this.text = '';
    this.mode = c === ']' ? Mode.AfterArray : Mode.BetweenElements;
    return i + 1;
  }

  private failOnce(message: string): void {
    if (this.errors.length === 0) this.fail(message);
  }

  private fail(message: string): void {
    this.errors.push({ message, line: this.line });
  }

  private drain(): JsonElementText[] {
    const out = this.out;
    this.out = [];
    return out;
  }
}
