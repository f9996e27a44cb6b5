/** A 1-based line:column. Columns count Unicode code points. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/**
 * The original input text plus offset ↔ line:column conversions. Every position a reader
 * reports goes through here, so errors always point into the text the user gave us.
 */
export class SourceText {
  readonly text: string;
  readonly file: string | undefined;
  private readonly lineStarts: number[];
  private byteOffsets: Int32Array | undefined;

  constructor(text: string, file?: string) {
    this.text = text;
    this.file = file;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  /** 1-based line:column of a UTF-16 offset (clamped to the text). */
  positionAt(offset: number): LineColumn {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    const start = this.lineStarts[lo] as number;
    return { line: lo + 1, column: codePointCount(this.text, start, at) + 1 };
  }

  /** UTF-16 offset of a 1-based line:column counted from `base` (a statement's start). */
  offsetOf(line: number, column: number, base = 0): number {
    const baseLine = this.positionAt(base).line;
    const lineIndex = Math.min(baseLine - 1 + line - 1, this.lineStarts.length - 1);
    const lineStart = line === 1 ? base : (this.lineStarts[lineIndex] as number);
    return advanceCodePoints(this.text, lineStart, column - 1);
  }

  /** UTF-16 offset of a UTF-8 byte offset (PostgreSQL node locations are bytes). */
  offsetOfByte(byte: number): number {
    if (!this.byteOffsets) this.byteOffsets = utf8Boundaries(this.text);
    const table = this.byteOffsets;
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((table[mid] as number) <= byte) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

function codePointCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

function advanceCodePoints(text: string, from: number, count: number): number {
  let i = from;
  for (let n = 0; n < count && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return i;
}

/** table[i] = UTF-8 byte offset of UTF-16 offset i. */
function utf8Boundaries(text: string): Int32Array {
  const table = new Int32Array(text.length + 1);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = bytes;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      table[i + 1] = bytes + 2; // inside the 4-byte sequence; never a node boundary
      bytes += 4;
      i++;
    } else {
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
  }
  table[text.length] = bytes;
  return table;
}
