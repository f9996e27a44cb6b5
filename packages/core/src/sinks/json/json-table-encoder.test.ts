import { describe, expect, it } from 'vitest';
import type { Column, Row } from '../../schema/index.js';
import { MemorySink } from '../bytes/byte-sink.js';
import { ByteWriter } from '../bytes/byte-writer.js';
import { JsonTableEncoder, type JsonStyle } from './json-table-encoder.js';

const columns: Column[] = [
  { name: 'id', type: { kind: 'int', bits: 32 }, nullable: false },
  { name: 'name "x"', type: { kind: 'string', variant: 'text' }, nullable: true },
  { name: 'on', type: { kind: 'date' }, nullable: true },
  { name: 'price', type: { kind: 'decimal', precision: 8, scale: 2 }, nullable: true },
  { name: 'ok', type: { kind: 'boolean' }, nullable: true },
  { name: 'raw', type: { kind: 'bytes' }, nullable: true },
  { name: 'tags', type: { kind: 'array', element: { kind: 'int', bits: 32 } }, nullable: true },
  { name: 'doc', type: { kind: 'json', binary: true }, nullable: true },
];
const rows: Row[] = [
  [1, 'line\nbreak "q" ü', 0, 12.5, true, new Uint8Array([255]), [1, null], '{"a":1}'],
  [2, null, null, null, null, null, null, null],
];

function encode(style: JsonStyle, data: readonly Row[]): string {
  const sink = new MemorySink();
  const w = new ByteWriter(sink);
  const enc = new JsonTableEncoder(columns, 'postgres', w, style);
  enc.begin(); enc.writeRows(data); enc.end(); w.flush();
  return sink.text();
}

const expected = [
  { id: 1, 'name "x"': 'line\nbreak "q" ü', on: '1970-01-01', price: 12.5, ok: true, raw: 'ff', tags: [1, null], doc: { a: 1 } },
  { id: 2, 'name "x"': null, on: null, price: null, ok: null, raw: null, tags: null, doc: null },
];

describe('JsonTableEncoder', () => {
  it('writes a JSON array of objects, one per line', () => {
    const text = encode('json', rows);
    expect(JSON.parse(text)).toEqual(expected);
    expect(text.split('\n')).toHaveLength(5);
    expect(text).toContain('"price":12.50');
  });

  it('writes an empty table as []', () => {
    expect(JSON.parse(encode('json', []))).toEqual([]);
  });

  it('writes NDJSON, one object per line', () => {
    const lines = encode('ndjson', rows).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(expected);
  });
});
