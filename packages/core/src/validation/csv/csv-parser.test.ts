import { describe, expect, it } from 'vitest';
import { CsvParser, type CsvRecord } from './csv-parser.js';

function parse(text: string, chunkSize = text.length || 1): CsvRecord[] {
  const p = new CsvParser();
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunkSize) out.push(...p.push(text.slice(i, i + chunkSize)));
  return [...out, ...p.end()];
}

const fields = (text: string, chunk?: number): (string | null)[][] => parse(text, chunk).map((r) => r.fields);

describe('CsvParser', () => {
  it('reads NULL as an empty unquoted field and "" as the empty string', () => {
    expect(fields('a,b,c\n,"",x\n')).toEqual([['a', 'b', 'c'], [null, '', 'x']]);
  });

  it('keeps commas, doubled quotes and newlines inside quoted fields', () => {
    expect(fields('"a, b","say ""hi""","line1\nline2"\n')).toEqual([['a, b', 'say "hi"', 'line1\nline2']]);
  });

  it('accepts CRLF and a missing final newline', () => {
    expect(fields('a,b\r\n1,2\r\n3,4')).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
  });

  it('keeps spaces in unquoted fields and reads a trailing comma as NULL', () => {
    expect(fields(' a ,b,\n')).toEqual([[' a ', 'b', null]]);
  });

  it('gives the same records whatever the chunk size', () => {
    const text = 'id,"na\r\nme",x\r\n1,"a,""b""",\n2,,"z"\n';
    const whole = fields(text);
    for (let size = 1; size < text.length; size++) expect(fields(text, size)).toEqual(whole);
  });

  it('reports the line each record starts on, counting quoted newlines', () => {
    const records = parse('h\n"a\nb"\nc\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('reports an unterminated quote with the line it opened on', () => {
    const records = parse('a\n"oops\nmore');
    expect(records[1]?.error).toBe('unterminated quoted field starting on line 2');
  });

  it('reports a stray quote inside an unquoted field and text after a closing quote', () => {
    expect(parse('ab"c\n')[0]?.error).toMatch(/unexpected quote/);
    expect(parse('"ab"c\n')[0]?.error).toMatch(/after a closing quote/);
  });

  it('reads an empty line as one NULL field (a one-column NULL row)', () => {
    expect(fields('id\n\n5\n')).toEqual([['id'], [null], ['5']]);
  });
});
