/** Elements of an array literal as text cells; nested arrays for multi-dimensional ones. */
export type ArrayText = readonly (string | null | ArrayText)[];

class PgArrayReader {
  pos = 0;
  constructor(private readonly text: string) {}

  fail(what: string): never {
    throw new SyntaxError(`${what} at character ${this.pos + 1}`);
  }

  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  array(): ArrayText {
    if (this.text[this.pos] !== '{') this.fail('expected "{"');
    this.pos++;
    this.skipSpace();
    const out: (string | null | ArrayText)[] = [];
    if (this.text[this.pos] === '}') { this.pos++; return out; }
    for (;;) {
      out.push(this.element());
      this.skipSpace();
      const c = this.text[this.pos++];
      if (c === '}') return out;
      if (c !== ',') this.fail('expected "," or "}"');
    }
  }

  element(): string | null | ArrayText {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === '{') return this.array();
    if (c === '"') return this.quoted();
    return this.unquoted();
  }

  quoted(): string {
    let out = '';
    for (this.pos++; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos]!;
      if (c === '"') { this.pos++; return out; }
      if (c === '\\') this.pos++;
      out += this.text[this.pos] ?? '';
    }
    return this.fail('unterminated quoted element');
  }

  unquoted(): string | null {
    const start = this.pos;
    while (this.pos < this.text.length && !',}"{'.includes(this.text[this.pos]!)) this.pos++;
    const word = this.text.slice(start, this.pos).trim();
    if (word === '') this.fail('empty element');
    return word.toUpperCase() === 'NULL' ? null : word;
  }
}

/**
 * Parses a PostgreSQL array literal (`{a,"b c",NULL}`, nested `{{1,2},{3,4}}`) into text
 * elements; throws SyntaxError on malformed input.
 *
 * @example
 * ```ts
 * parsePgArray('{a,"b c",NULL}') // ['a', 'b c', null]
 * ```
 */
export function parsePgArray(text: string): ArrayText {
  const reader = new PgArrayReader(text.trim());
  const out = reader.array();
  reader.skipSpace();
  if (reader.pos !== text.trim().length) reader.fail('unexpected text after "}"');
  return out;
}

function jsonElementText(v: unknown): string | null | ArrayText {
  if (v === null) return null;
  if (Array.isArray(v)) return v.map(jsonElementText);
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/**
 * Parses a JSON array text (`["a", 1, null]`) into text elements; throws SyntaxError
 * when the text is not a JSON array.
 *
 * @example
 * ```ts
 * parseJsonArray('[1, "x", null]') // ['1', 'x', null]
 * ```
 */
export function parseJsonArray(text: string): ArrayText {
  const v: unknown = JSON.parse(text);
  if (!Array.isArray(v)) throw new SyntaxError('JSON value is not an array');
  return v.map(jsonElementText);
}
