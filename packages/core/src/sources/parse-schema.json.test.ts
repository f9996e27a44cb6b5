import { describe, expect, it } from 'vitest';
import { isRowforgeError } from '../errors/index.js';
import { fixtureText, sharedFixtureText } from './__fixtures__/fixture-text.js';
import { loadParsers } from './load-parsers.js';
import { parseSchema } from './parse-schema.js';

await loadParsers();

describe('Rowforge schema JSON', () => {
  it.each([
    ['company_employee.ddl', sharedFixtureText],
    ['library_mgm.ddl', sharedFixtureText],
    ['restaurants.ddl', sharedFixtureText],
    ['mysql-features.sql', fixtureText],
    ['postgres-features.sql', fixtureText],
    ['sqlite-features.sql', fixtureText],
    ['mssql-features.sql', fixtureText],
  ])('%s round-trips: parseSchema(JSON.stringify(schema)) deep-equals it', (file, read) => {
    const { schema } = parseSchema(read(file));
    const again = parseSchema(JSON.stringify(schema));
    expect(again.dialect).toBe('json');
    expect(again.warnings).toEqual([]);
    expect(again.schema).toEqual(schema);
    expect(Object.isFrozen(again.schema)).toBe(true);
  });

  it('reports a JSON syntax error with its line:column', () => {
    try {
      parseSchema('{\n  "format": "rowforge.schema",\n  "version": 1,\n  "tables": [],\n}', { file: 's.json' });
      expect.unreachable();
    } catch (e) {
      expect(isRowforgeError(e, 'SCHEMA_INVALID')).toBe(true);
      expect(isRowforgeError(e) && e.details.position).toEqual({ file: 's.json', line: 5, column: 1 });
    }
  });

  it('validates the schema format and runs the schema checks', () => {
    expect(() => parseSchema('{"format":"rowforge.schema","version":1,"tables":[{"name":"t","columns":[{"name":"a"}]}]}')).toThrow(/tables\.0\.columns\.0\.type/);
    const fk = { format: 'rowforge.schema', version: 1, tables: [{ name: 't', columns: [{ name: 'a', type: { kind: 'int', bits: 32 }, nullable: true }], foreignKeys: [{ columns: ['a'], refTable: 'nope', refColumns: ['id'] }] }] };
    expect(() => parseSchema(JSON.stringify(fk), { dialect: 'json' })).toThrow(/missing table "nope"/);
  });
});
