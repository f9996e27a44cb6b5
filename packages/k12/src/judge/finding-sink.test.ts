import { describe, expect, it } from 'vitest';
import { FindingSink } from './finding-sink.js';

describe('FindingSink', () => {
  it('keeps at most the cap per rule and counts the rest', () => {
    const sink = new FindingSink(3);
    for (let row = 1; row <= 10; row++) sink.add('a.csv', row, 'duplicate-id', 'dup', String(row));
    sink.add('a.csv', 11, 'bad-email', 'bad');
    expect(sink.findings.map((f) => `${f.rule}:${f.row}`)).toEqual(['duplicate-id:1', 'duplicate-id:2', 'duplicate-id:3', 'bad-email:11']);
    expect(sink.omitted).toEqual({ 'duplicate-id': 7 });
  });
});
