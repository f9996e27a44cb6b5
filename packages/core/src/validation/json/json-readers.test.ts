import { describe, expect, it } from 'vitest';
import { JsonArraySplitter } from './json-array-splitter.js';
import { parseJsonObject } from './json-object-parser.js';
import { NdjsonLines } from './ndjson-lines.js';

function split(text: string, size: number): { texts: string[]; lines: number[]; errors: string[] } {
  const s = new JsonArraySplitter();
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size)));
  out.push(...s.end());
  return { texts: out.map((e) => e.text), lines: out.map((e) => e.line), errors: s.errors.map((e) => e.message) };
}

describe('parseJsonObject', () => {
  it('keeps numbers as written, decodes strings and keeps nested values as JSON text', () => {
    const r = parseJsonObject('{"id": 9007199254740993, "s": "a\\"b", "j": {"k": [1, "}"]}, "n": null, "b": false}');
    expect(r.fields && Object.fromEntries(r.fields)).toEqual({ id: '9007199254740993', s: 'a"b', j: '{"k": [1, "}"]}', n: null, b: 'false' });
  });

  it('explains what is wrong with a malformed object', () => {
    expect(parseJsonObject('{"a": 1,}').error).toMatch(/expected a key/);
    expect(parseJsonObject('[1]').error).toMatch(/expected "\{"/);
    expect(parseJsonObject('{"a": tru}').error).toMatch(/unexpected token/);
  });
});

describe('JsonArraySplitter', () => {
  const text = '[\n{"a": "x,]}"},\n{"a": [1, {"b": 2}]}\n]\n';

  it('splits a streamed array into elements with their lines, whatever the chunk size', () => {
    for (let size = 1; size <= text.length; size++) {
      const r = split(text, size);
      expect(r.texts).toEqual(['{"a": "x,]}"}', '{"a": [1, {"b": 2}]}']);
      expect(r.lines).toEqual([2, 3]);
      expect(r.errors).toEqual([]);
    }
  });

  it('reports a missing array, an unclosed array and trailing text', () => {
    expect(split('{"a":1}', 100).errors[0]).toMatch(/expected "\["/);
    expect(split('[{"a":1}', 100).errors[0]).toMatch(/not closed/);
    expect(split('[] x', 100).errors[0]).toMatch(/after the closing/);
    expect(split('', 100).errors[0]).toMatch(/empty file/);
  });
});

describe('NdjsonLines', () => {
  it('splits lines across chunks, drops CR and skips blank lines', () => {
    const s = new NdjsonLines();
    const out = [...s.push('{"a":1}\r\n\n{"a"'), ...s.push(':2}'), ...s.end()];
    expect(out).toEqual([{ text: '{"a":1}', line: 1 }, { text: '{"a":2}', line: 3 }]);
  });
});
