import { describe, expect, it } from 'vitest';
import { isRowforgeError } from '../errors/index.js';
import { loadParsers, parsersLoaded } from './load-parsers.js';
import { parseSchema } from './parse-schema.js';

// This file runs in its own module scope, so the parsers start unloaded.
describe('loadParsers', () => {
  it('parseSchema refuses DDL with a clear error until the parsers are loaded', async () => {
    expect(parsersLoaded()).toBe(false);
    let error: unknown;
    try {
      parseSchema('CREATE TABLE t (a INT);', { dialect: 'mysql' });
    } catch (e) {
      error = e;
    }
    expect(isRowforgeError(error, 'INTERNAL')).toBe(true);
    expect((error as Error).message).toMatch(/await loadParsers\(\)/);
    await loadParsers();
    await loadParsers();
    expect(parsersLoaded()).toBe(true);
    expect(parseSchema('CREATE TABLE t (a INT);', { dialect: 'mysql' }).schema.tables).toHaveLength(1);
  });

  it('JSON needs no parser', () => {
    const json = JSON.stringify({ format: 'rowforge.schema', version: 1, tables: [{ name: 't', columns: [{ name: 'a', type: { kind: 'int', bits: 32 }, nullable: true }] }] });
    expect(parseSchema(json).dialect).toBe('json');
  });
});
