import { describe, expect, it } from 'vitest';
import { MemorySink } from './byte-sink.js';
import { ByteWriter } from './byte-writer.js';

function written(capacity: number, write: (w: ByteWriter) => void): { text: string; chunks: number; bytes: number } {
  let chunks = 0;
  const sink = new MemorySink();
  const w = new ByteWriter({ write: (c) => { chunks++; sink.write(c); } }, capacity);
  write(w);
  w.flush();
  return { text: sink.text(), chunks, bytes: w.bytesWritten };
}

describe('ByteWriter', () => {
  it('encodes ASCII, BMP and astral characters as UTF-8', () => {
    const s = 'a é ü 中 😀 z';
    const out = written(64, (w) => w.writeText(s));
    expect(out.text).toBe(s);
    expect(out.bytes).toBe(Buffer.byteLength(s));
  });

  it('writes strings longer than its buffer', () => {
    const s = 'ab😀'.repeat(1000);
    const out = written(16, (w) => { w.writeText('x'); w.writeText(s); w.writeText('y'); });
    expect(out.text).toBe(`x${s}y`);
    expect(out.chunks).toBeGreaterThan(1);
  });

  it('writes integers and zero-padded numbers', () => {
    const out = written(8, (w) => {
      for (const n of [0, 7, -5, 2147483647, 2147483648, 9007199254740991, -9007199254740991]) { w.writeInt(n); w.writeByte(32); }
      w.writePadded(5, 4); w.writeByte(32); w.writePadded(12345, 4); w.writeByte(32); w.writePadded(-3, 4);
    });
    expect(out.text).toBe('0 7 -5 2147483647 2147483648 9007199254740991 -9007199254740991 0005 12345 -0003');
  });

  it('flushes when full and keeps memory at its capacity', () => {
    const out = written(10, (w) => { for (let i = 0; i < 100; i++) w.writeAscii('0123456789'); });
    expect(out.bytes).toBe(1000);
    expect(out.chunks).toBe(100);
  });
});
