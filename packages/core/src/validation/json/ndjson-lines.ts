/** One non-blank NDJSON line. */
export interface NdjsonLine {
  readonly text: string;
  /** 1-based line number. */
  readonly line: number;
}

/**
 * Splits streamed text into lines (LF or CRLF), skipping blank ones.
 *
 * @example
 * ```ts
 * const s = new NdjsonLines()
 * s.push('{"a":1}\n{"a"').concat(s.push(':2}\n'), s.end()) // two lines
 * ```
 */
export class NdjsonLines {
  private partial = '';
  private line = 0;

  push(chunk: string): NdjsonLine[] {
    const parts = chunk.split('\n');
    parts[0] = this.partial + (parts[0] ?? '');
    this.partial = parts.pop() ?? '';
    return this.emit(parts);
  }

  end(): NdjsonLine[] {
    const rest = this.partial;
    this.partial = '';
    return this.emit([rest]);
  }

  private emit(parts: readonly string[]): NdjsonLine[] {
    const out: NdjsonLine[] = [];
    for (const part of parts) {
      this.line++;
      const text = part.endsWith('\r') ? part.slice(0, -1) : part;
      if (text.trim() !== '') out.push({ text, line: this.line });
    }
    return out;
  }
}
