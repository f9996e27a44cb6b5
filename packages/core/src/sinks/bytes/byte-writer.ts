import type { ByteSink } from './byte-sink.js';

const DEFAULT_CAPACITY = 1 << 20;
/** Strings up to this length are encoded in JS; longer ones go through the native encoder. */
const SHORT_STRING = 48;

/**
 * Encodes text straight into one reused buffer and hands full buffers to a sink, so
 * writing a table never builds large strings (perf-scale.md §3.1: a byte writer is
 * 5–7× faster than concatenating multi-MB strings). Memory stays at `capacity`.
 *
 * @example
 * ```ts
 * const w = new ByteWriter(sink)
 * w.writeText('id,name\n'); w.writeInt(42); w.writeByte(10)
 * w.flush()
 * ```
 */
export class ByteWriter {
  readonly #sink: ByteSink;
  #buf: Buffer;
  #pos = 0;
  #flushed = 0;

  /** `buffer`: a scratch buffer to write into instead of allocating one (its length is the capacity). */
  constructor(sink: ByteSink, capacity = DEFAULT_CAPACITY, buffer?: Buffer) {
    this.#sink = sink;
    this.#buf = buffer ?? Buffer.allocUnsafe(capacity);
  }

  /** Bytes written so far (flushed or still buffered). */
  get bytesWritten(): number {
    return this.#flushed + this.#pos;
  }

  /** Makes room for `n` more bytes in the buffer. */
  ensure(n: number): void {
    if (this.#pos + n <= this.#buf.length) return;
    this.flush();
    if (n > this.#buf.length) this.#buf = Buffer.allocUnsafe(n);
  }

  /**
   * Hot-path access for formatters: after `ensure(n)`, write at most `n` bytes into
   * `buf` starting at `pos`, then call `advanceTo(newPos)`.
   */
  get buf(): Buffer {
    return this.#buf;
  }

  get pos(): number {
    return this.#pos;
  }

  advanceTo(pos: number): void {
    this.#pos = pos;
  }

  writeByte(b: number): void {
    if (this.#pos >= this.#buf.length) this.flush();
    this.#buf[this.#pos++] = b;
  }

  /** Writes a string known to be ASCII (digits, dates, hex, keywords). */
  writeAscii(s: string): void {
    const n = s.length;
    this.ensure(n);
    const buf = this.#buf;
    let pos = this.#pos;
    for (let i = 0; i < n; i++) buf[pos++] = s.charCodeAt(i);
    this.#pos = pos;
  }

  /** Writes any string as UTF-8. */
  writeText(s: string): void {
    const n = s.length;
    if (n > SHORT_STRING) { this.#writeLong(s); return; }
    this.ensure(n * 3);
    const buf = this.#buf;
    let pos = this.#pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) { this.#pos = pos; this.#writeNative(s.slice(i)); return; }
      buf[pos++] = c;
    }
    this.#pos = pos;
  }

  #writeLong(s: string): void {
    if (s.length * 3 > this.#buf.length) {
      this.flush();
      this.#emit(Buffer.from(s, 'utf8'));
      return;
    }
    this.ensure(s.length * 3);
    this.#writeNative(s);
  }

  #writeNative(s: string): void {
    this.#pos += this.#buf.write(s, this.#pos, 'utf8');
  }

  /** Writes an integer in decimal. */
  writeInt(n: number): void {
    if (n >= 0 && n < 0x80000000 && (n | 0) === n) this.#writeSmallUint(n);
    else this.writeAscii(String(n));
  }

  #writeSmallUint(n: number): void {
    this.ensure(10);
    const buf = this.#buf;
    let digits = 1;
    for (let t = n; t >= 10; t = (t / 10) | 0) digits++;
    let pos = this.#pos + digits;
    this.#pos = pos;
    do { buf[--pos] = 48 + (n % 10); n = (n / 10) | 0; } while (n > 0);
  }

  /** Writes a non-negative integer zero-padded to `width` digits (more if it needs them). */
  writePadded(n: number, width: number): void {
    if (n < 0 || n >= 10 ** width) { this.writeAscii(n < 0 ? `-${String(-n).padStart(width, '0')}` : String(n)); return; }
    this.ensure(width);
    const buf = this.#buf;
    let pos = this.#pos + width;
    this.#pos = pos;
    for (let i = 0; i < width; i++) { buf[--pos] = 48 + (n % 10); n = (n / 10) | 0; }
  }

  writeBytes(bytes: Uint8Array): void {
    if (bytes.length > this.#buf.length) { this.flush(); this.#emit(bytes); return; }
    this.ensure(bytes.length);
    this.#buf.set(bytes, this.#pos);
    this.#pos += bytes.length;
  }

  /** Hands buffered bytes to the sink. */
  flush(): void {
    if (this.#pos === 0) return;
    this.#emit(this.#buf.subarray(0, this.#pos));
    this.#pos = 0;
  }

  #emit(chunk: Uint8Array): void {
    this.#sink.write(chunk);
    this.#flushed += chunk.length;
  }
}
