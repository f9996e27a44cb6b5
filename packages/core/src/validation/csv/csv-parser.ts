/** One CSV record: fields (NULL for an empty unquoted field), where it starts, any syntax problem. */
export interface CsvRecord {
  readonly fields: (string | null)[];
  /** 1-based line on which the record starts. */
  readonly line: number;
  readonly error?: string;
}

const enum State { FieldStart, Unquoted, Quoted, QuoteInQuoted }

/**
 * Incremental RFC 4180 parser: feed text chunks of any size with `push`, then `end`.
 * Quoted fields may span chunks and lines; `""` inside quotes is one quote; LF, CRLF
 * and lone CR end records. An empty unquoted field is NULL, `""` is the empty string.
 * Memory is bounded by the longest record.
 *
 * @example
 * ```ts
 * const p = new CsvParser()
 * p.push('id,name\n1,"a, b"\n2,')
 * p.end() // records: ['id','name'], ['1','a, b'], ['2', null]
 * ```
 */
export class CsvParser {
  private state = State.FieldStart;
  private field = '';
  private fields: (string | null)[] = [];
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private skipLf = false;
  private quotedCr = false;
  private error: string | undefined;
  private out: CsvRecord[] = [];

  /** Parses a chunk; returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.skipLf) {
        this.skipLf = false;
        if (c === 10) { start = i + 1; continue; }
      }
      start = this.step(chunk, i, c, start);
    }
    if (this.state === State.Unquoted || this.state === State.Quoted) this.field += chunk.slice(start);
    return this.drain();
  }

  /** Finishes the input; returns the last record(s). */
  end(): CsvRecord[] {
    if (this.state === State.Quoted) {
      this.error = `unterminated quoted field starting on line ${this.quoteLine}`;
      this.endField(this.field);
      this.endRecord();
    } else if (this.state === State.Unquoted || this.state === State.QuoteInQuoted) {
      this.endField(this.field);
      this.endRecord();
    } else if (this.fields.length > 0) {
      this.endField(null);
      this.endRecord();
    }
    return this.drain();
  }

  /** Handles character `c` at `i`; returns where the current field's pending slice starts. */
  private step(chunk: string, i: number, c: number, start: number): number {
    switch (this.state) {
      case State.FieldStart: return this.atFieldStart(i, c);
      case State.Unquoted: return this.inUnquoted(chunk, i, c, start);
      case State.Quoted: return this.inQuoted(chunk, i, c, start);
      case State.QuoteInQuoted: return this.afterQuote(i, c);
    }
  }

  private atFieldStart(i: number, c: number): number {
    if (this.fields.length === 0) this.recordLine = this.line;
    if (c === 34) { this.state = State.Quoted; this.quoteLine = this.line; this.field = ''; return i + 1; }
    if (c === 44) { this.endField(null); return i + 1; }
    if (c === 10 || c === 13) { this.endField(null); this.newline(c); this.endRecord(); return i + 1; }
    this.state = State.Unquoted;
    this.field = '';
    return i;
  }

  private inUnquoted(chunk: string, i: number, c: number, start: number): number {
    if (c !== 44 && c !== 10 && c !== 13) {
      if (c === 34) this.error ??= `unexpected quote inside an unquoted field on line ${this.line}`;
      return start;
    }
    this.endField(this.field + chunk.slice(start, i));
    if (c !== 44) { this.newline(c); this.endRecord(); }
    return i + 1;
  }

  private inQuoted(chunk: string, i: number, c: number, start: number): number {
    if (c === 10 ? !this.quotedCr : c === 13) this.line++;
    this.quotedCr = c === 13;
    if (c !== 34) return start;
    this.field += chunk.slice(start, i);
    this.state = State.QuoteInQuoted;
    return i + 1;
  }

  private afterQuote(i: number, c: number): number {
    if (c === 34) { this.field += '"'; this.state = State.Quoted; return i + 1; }
    if (c === 44) { this.endField(this.field); return i + 1; }
    if (c === 10 || c === 13) { this.endField(this.field); this.newline(c); this.endRecord(); return i + 1; }
    this.error ??= `unexpected character after a closing quote on line ${this.line}`;
    this.state = State.Unquoted;
    return i;
  }

  private newline(c: number): void {
    this.line++;
    if (c === 13) this.skipLf = true;
  }

  private endField(value: string | null): void {
    this.fields.push(value);
    this.field = '';
    this.state = State.FieldStart;
  }

  private endRecord(): void {
    const record: CsvRecord = this.error === undefined
      ? { fields: this.fields, line: this.recordLine }
      : { fields: this.fields, line: this.recordLine, error: this.error };
    this.out.push(record);
    this.fields = [];
    this.error = undefined;
  }

  private drain(): CsvRecord[] {
    const records = this.out;
    this.out = [];
    return records;
  }
}
