import { describe, expect, it } from 'vitest';
import type { Column } from '../schema/index.js';
import { valueLength } from './value-length.js';

const text: Column = { name: 'id', type: { kind: 'string', variant: 'text' }, nullable: false };
const varchar = (length: number): Column => ({ name: 'id', type: { kind: 'string', variant: 'varchar', length }, nullable: false });

describe('valueLength', () => {
  it('bounds UUIDs, row tokens (8 symbols, more for more rows, at most the column) and IPv4 addresses', () => {
    expect(valueLength({ generator: 'uuid', unique: true }, text, 200)).toBe(36);
    expect(valueLength({ generator: 'identifier', kind: 'token', unique: true }, text, 200)).toBe(8);
    expect(valueLength({ generator: 'identifier', kind: 'token', unique: true }, text, 34 ** 9 + 1)).toBe(10);
    expect(valueLength({ generator: 'identifier', kind: 'token' }, varchar(5), 200)).toBe(5);
    expect(valueLength({ generator: 'identifier', kind: 'ipv4' }, text, 10)).toBe(15);
    expect(valueLength({ generator: 'identifier', kind: 'slug' }, text, 10)).toBeUndefined();
  });

  it("gives a unique regex's one form for the rows, else its longest; a LIKE pattern's literals and runs", () => {
    expect(valueLength({ generator: 'regex', pattern: '^[A-Z]{2}[0-9]+$', unique: true }, text, 30000)).toBe(4);
    expect(valueLength({ generator: 'regex', pattern: '[A-Z]{2}[0-9]{1,5}' }, text, 30000)).toBe(7);
    expect(valueLength({ generator: 'pattern', like: 'AC-%', unique: true }, text, 3000)).toBe(7);
    expect(valueLength({ generator: 'pattern', like: 'AC-%', unique: true }, varchar(5), 3000)).toBe(5);
    expect(valueLength({ generator: 'pattern', like: '__-%-%' }, text, 10)).toBe(20);
  });

  it('counts digits of sequences, integers and enum values; prose by its maxLength unless made unique', () => {
    expect(valueLength({ generator: 'sequence', start: 1, step: 1 }, text, 1000)).toBe(4);
    expect(valueLength({ generator: 'int', min: -50, max: 9, skew: 'uniform' }, text, 10)).toBe(3);
    expect(valueLength({ generator: 'enum', values: ['a', 'bbb'] }, text, 10)).toBe(3);
    expect(valueLength({ generator: 'text', kind: 'sentence', maxLength: 50 }, text, 10)).toBe(50);
    expect(valueLength({ generator: 'text', kind: 'sentence', maxLength: 50, unique: true }, text, 10)).toBeUndefined();
    expect(valueLength({ generator: 'fullName' }, varchar(40), 10)).toBeUndefined();
  });
});
