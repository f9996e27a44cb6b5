import { describe, expect, it } from 'vitest';
import { createSchema, type Column, type ColumnDefault, type LogicalType } from '../../schema/index.js';
import type { Target } from '../target.js';
import { renderDefault } from './render-default.js';
import type { ColumnContext } from './sql-dialect.js';
import { sqlDialect } from './sql-dialects.js';

function ctxOf(type: LogicalType, def: ColumnDefault): ColumnContext {
  const column: Column = { name: 'id', type, nullable: false, default: def };
  const schema = createSchema({ format: 'rowforge.schema', version: 1, tables: [{ name: 't', columns: [column] }] });
  const table = schema.tables[0];
  if (!table) throw new Error('no table');
  return { schema, table, column: table.columns[0] as Column, type, isKey: true };
}

const uuidDefault = (target: Target, sql: string, type: LogicalType = { kind: 'uuid' }): string | undefined =>
  renderDefault(ctxOf(type, { kind: 'expression', sql }), sqlDialect(target));

describe('renderDefault: random UUID functions', () => {
  it('are kept in each target\'s spelling, whichever dialect wrote them', () => {
    for (const sql of ['gen_random_uuid()', 'uuid_generate_v4()', '(uuid())', 'NEWID()', 'newsequentialid()']) {
      expect(uuidDefault('postgres', sql)).toBe('gen_random_uuid()');
      expect(uuidDefault('mysql', sql)).toBe('(UUID())');
      expect(uuidDefault('mssql', sql)).toBe('NEWID()');
      expect(uuidDefault('sqlite', sql)).toBeUndefined();
    }
  });

  it('go on text columns wide enough for a UUID only', () => {
    expect(uuidDefault('postgres', 'gen_random_uuid()', { kind: 'string', variant: 'char', length: 36 })).toBe('gen_random_uuid()');
    expect(uuidDefault('postgres', 'gen_random_uuid()', { kind: 'string', variant: 'varchar', length: 20 })).toBeUndefined();
    expect(uuidDefault('postgres', 'gen_random_uuid()', { kind: 'int', bits: 32 })).toBeUndefined();
  });

  it('leave other functions out', () => {
    expect(uuidDefault('postgres', 'my_uuid()')).toBeUndefined();
    expect(uuidDefault('postgres', 'now()', { kind: 'timestamp', withTimeZone: true })).toBe('CURRENT_TIMESTAMP');
  });
});
