import { describe, expect, it } from 'vitest';
import type { Expr } from './expr.js';
import { SchemaSchema, type Schema } from './schema.js';
import { unsafeExpressions } from './unsafe-expressions.js';

const col = (name: string): Expr => ({ kind: 'column', name });
const gt0 = (left: Expr): Expr => ({ kind: 'binary', op: '>', left, right: { kind: 'literal', value: 0 } });

function schemaWith(expr: Expr, domain?: Expr): Schema {
  const type = domain
    ? { kind: 'domain' as const, name: 'pos', base: { kind: 'int' as const, bits: 32 as const }, notNull: false, checks: [domain] }
    : { kind: 'int' as const, bits: 32 as const };
  return SchemaSchema.parse({
    format: 'rowforge.schema', version: 1,
    tables: [{ name: 't', columns: [{ name: 'a', type, nullable: true }], uniques: [], foreignKeys: [], checks: [{ name: 'c1', expr, sql: 'x' }] }],
  });
}

describe('unsafeExpressions', () => {
  it('accepts ordinary functions, casts and comparisons', () => {
    const e: Expr = { kind: 'binary', op: 'and', left: gt0({ kind: 'call', name: 'length', args: [col('a')] }), right: gt0({ kind: 'cast', operand: col('a'), to: 'numeric(10, 2)' }) };
    expect(unsafeExpressions(schemaWith(e))).toEqual([]);
  });

  it('names raw SQL, unknown functions and odd cast types with table and constraint', () => {
    const e: Expr = {
      kind: 'binary', op: 'or', left: { kind: 'raw', sql: 'true); DROP SCHEMA rowforge CASCADE; --' },
      right: gt0({ kind: 'call', name: 'pg_sleep', args: [{ kind: 'cast', operand: col('a'), to: 'int); DROP TABLE x; --' }] }),
    };
    expect(unsafeExpressions(schemaWith(e))).toEqual([
      { table: 't', constraint: 'c1', part: 'raw', text: 'true); DROP SCHEMA rowforge CASCADE; --' },
      { table: 't', constraint: 'c1', part: 'function', text: 'pg_sleep' },
      { table: 't', constraint: 'c1', part: 'cast', text: 'int); DROP TABLE x; --' },
    ]);
  });

  it('looks inside domain CHECKs and allows raw only when asked', () => {
    const s = schemaWith(gt0(col('a')), { kind: 'raw', sql: 'VALUE ~ \'^a\'' });
    expect(unsafeExpressions(s)).toEqual([{ table: 't', constraint: 'domain pos on column a', part: 'raw', text: 'VALUE ~ \'^a\'' }]);
    expect(unsafeExpressions(s, { allowRaw: true })).toEqual([]);
  });
});
