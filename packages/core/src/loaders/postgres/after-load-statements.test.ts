import { describe, expect, it } from 'vitest';
import { createSchema, loadOrder, type GeneratedData, type Schema } from '../../schema/index.js';
import { afterLoadStatements } from './after-load-statements.js';
import { constraintTasks } from './constraint-statements.js';
import { createTableStatements } from './ddl-statements.js';

const INT = { kind: 'int', bits: 32 } as const;

/** Two tables whose MySQL-style index names repeat (`idx_a`), plus an unnamed index. */
const schema: Schema = createSchema({
  format: 'rowforge.schema',
  version: 1,
  tables: [
    { name: 'p', columns: [{ name: 'id', type: INT, nullable: false }, { name: 'a', type: INT, nullable: true }], primaryKey: { columns: ['id'] }, indexes: [{ name: 'idx_a', columns: ['a'] }] },
    {
      name: 'c', columns: [{ name: 'id', type: INT, nullable: false }, { name: 'p_id', type: INT, nullable: false }, { name: 'a', type: INT, nullable: true }],
      primaryKey: { columns: ['id'] }, foreignKeys: [{ columns: ['p_id'], refTable: 'p', refColumns: ['id'] }],
      indexes: [{ name: 'idx_a', columns: ['a'], descending: [true] }, { columns: ['p_id', 'a'] }],
    },
  ],
});
const data = { schema, order: loadOrder(schema), tables: [], seed: '1', planHash: 'h', generatorVersion: 'v' } satisfies GeneratedData;

const INDEXES = [
  'CREATE INDEX "idx_a" ON "p" ("a");',
  'CREATE INDEX "c_idx_a" ON "c" ("a" DESC);',
  'CREATE INDEX "c_p_id_a_idx" ON "c" ("p_id", "a");',
];
const indexesIn = (statements: readonly string[]) => statements.filter((s) => s.startsWith('CREATE INDEX'));

describe('secondary indexes in the PostgreSQL loader', () => {
  it('are never created with the tables, bare or with --keep-constraints', () => {
    expect(indexesIn(createTableStatements(schema, data.order))).toEqual([]);
  });

  it('are created once after the rows, whether constraints were kept or are added after the load', () => {
    expect(indexesIn(afterLoadStatements(data, false)).sort()).toEqual([...INDEXES].sort());
    expect(indexesIn(afterLoadStatements(data, true)).sort()).toEqual([...INDEXES].sort());
  });

  it('are constraint tasks on their own table, after the keys and before the foreign keys (stage and swap)', () => {
    const tasks = constraintTasks(schema);
    const at = (sql: string) => tasks.findIndex((t) => t.sql === sql);
    for (const sql of INDEXES) expect(tasks[at(sql)]).toMatchObject({ foreign: false, tables: [sql.includes('ON "p"') ? 'p' : 'c'] });
    const keys = tasks.filter((t) => t.sql.includes('PRIMARY KEY')).map((t) => tasks.indexOf(t));
    const fks = tasks.filter((t) => t.foreign).map((t) => tasks.indexOf(t));
    expect(Math.max(...keys)).toBeLessThan(Math.min(...INDEXES.map(at)));
    expect(Math.max(...INDEXES.map(at))).toBeLessThan(Math.min(...fks));
  });
});
