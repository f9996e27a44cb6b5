/** A JSON object's members as text cells, or why it is not a JSON object. */
export type JsonObjectResult =
  | { readonly fields: Map<string, string | null>; readonly error?: undefined }
  | { readonly error: string; readonly fields?: undefined };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

class JsonScanner {
  pos = 0;
  constructor(readonly text: string) {}

  fail(what: string): never {
    throw new SyntaxError(`${what} at character ${this.pos + 1}`);
  }

  ws(): void {
    WHITESPACE.lastIndex = this.pos;
    WHITESPACE.exec(this.text);
    this.pos = WHITESPACE.lastIndex;
  }

  expect(c: string): void {
    this.ws();
    if (this.text[this.pos] !== c) this.fail(`expected "${c}"`);
    this.pos++;
  }

  string(): string {
    const start = this.pos;
    let escaped = false;
    for (this.pos++; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') { this.pos++; return JSON.parse(this.text.slice(start, this.pos)) as string; }
    }
    return this.fail('unterminated string');
  }

  literal(word: string): void {
    if (!this.text.startsWith(word, this.pos)) this.fail('unexpected token');
    this.pos += word.length;
  }

  number(): string {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (!m) this.fail('unexpected token');
    this.pos = NUMBER.lastIndex;
    return m[0];
  }

  /** A member value as a text cell: strings decoded, numbers raw, nested values as raw JSON text. */
  cell(): string | null {
    this.ws();
    const c = this.text[this.pos];
    if (c === '"') return this.string();
    if (c === '{' || c === '[') { const start = this.pos; this.skipNested(); return this.text.slice(start, this.pos); }
    if (c === 'n') { this.literal('null'); return null; }
    if (c === 't') { this.literal('true'); return 'true'; }
    if (c === 'f') { this.literal('false'); return 'false'; }
    return this.number();
  }

  skipNested(): void {
    const close = this.text[this.pos] === '{' ? '}' : ']';
    this.pos++;
    this.ws();
    if (this.text[this.pos] === close) { this.pos++; return; }
    for (;;) {
      if (close === '}') { this.ws(); if (this.text[this.pos] !== '"') this.fail('expected a key'); this.string(); this.expect(':'); }
      this.cell();
      this.ws();
      const c = this.text[this.pos++];
      if (c === close) return;
      if (c !== ',') { this.pos--; this.fail(`expected "," or "${close}"`); }
    }
  }

  object(): Map<string, string | null> {
    const fields = new Map<string, string | null>();
    this.expect('{');
    this.ws();
    if (this.text[this.pos] === '}') { this.pos++; return fields; }
    for (;;) {
      this.ws();
      if (this.text[this.pos] !== '"') this.fail('expected a key');
      const key = this.string();
      this.expect(':');
      fields.set(key, this.cell());
      this.ws();
      const c = this.text[this.pos++];
      if (c === '}') return fields;
      if (c !== ',') { this.pos--; this.fail('expected "," or "}"'); }
    }
  }
}

/**
 * Parses one JSON object into text cells, keeping numbers as written (so a 64-bit key
 * is not rounded) and nested objects/arrays as their raw JSON text.
 *
 * @example
 * ```ts
 * parseJsonObject('{"id": 9007199254740993, "tags": ["a"], "x": null}').fields
 * // Map { 'id' => '9007199254740993', 'tags' => '["a"]', 'x' => null }
 * ```
 */
export function parseJsonObject(text: string): JsonObjectResult {
  const scanner = new JsonScanner(text);
  try {
    const fields = scanner.object();
    scanner.ws();
    if (scanner.pos !== text.length) scanner.fail('unexpected text after the object');
    return { fields };
  } catch (e) {
    return { error: `not a JSON object: ${(e as Error).message}` };
  }
}
