import { beforeAll, describe, expect, it } from 'vitest';
import { isRowforgeError } from '../errors/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { planFor } from '../plan/index.js';

const columns = (ddl: string, rows: number) =>
  planFor(parseSchema(ddl, { dialect: 'mysql' }).schema, { rows }).tables['t']?.columns ?? {};

describe('integer columns keep to their type', () => {
  beforeAll(async () => { await loadParsers(); });

  it('a YEAR column draws years, whatever its name', () => {
    expect(columns('CREATE TABLE t (id INT PRIMARY KEY, built YEAR NOT NULL);', 10)['built']).toMatchObject({ generator: 'int', min: 1950, max: 2026 });
  });

  it('a CHECK on a TINYINT ends at the type', () => {
    expect(columns('CREATE TABLE t (id INT PRIMARY KEY, x TINYINT CHECK (x > 120));', 10)['x']).toMatchObject({ min: 121, max: 127 });
    expect(columns('CREATE TABLE t (id INT PRIMARY KEY, x TINYINT UNSIGNED CHECK (x > 250));', 10)['x']).toMatchObject({ min: 251, max: 255 });
  });

  it('a unique TINYINT uses the negative values when the positive ones are too few', () => {
    expect(columns('CREATE TABLE t (id INT PRIMARY KEY, c TINYINT UNIQUE);', 100)['c']).toMatchObject({ min: 1, max: 127 });
    expect(columns('CREATE TABLE t (id INT PRIMARY KEY, c TINYINT UNIQUE);', 200)['c']).toMatchObject({ min: -128, max: 127 });
  });

  it('a unique TINYINT with more rows than values is UNIQUE_CAPACITY', () => {
    let caught: unknown;
    try { columns('CREATE TABLE t (id INT PRIMARY KEY, c TINYINT UNSIGNED UNIQUE);', 300); } catch (e) { caught = e; }
    expect(isRowforgeError(caught) && caught.code).toBe('UNIQUE_CAPACITY');
  });
});
