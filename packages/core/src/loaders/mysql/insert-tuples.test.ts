import { describe, expect, it } from 'vitest';
import type { Row, Table } from '../../schema/index.js';
import { insertStatements } from '../insert-statements.js';
import { insertTuples } from './insert-tuples.js';

const table: Table = {
  name: 'odd `name',
  columns: [
    { name: 'id', type: { kind: 'int', bits: 32 }, nullable: false },
    { name: "it's (a) note", type: { kind: 'string', variant: 'text' }, nullable: true },
    { name: 'blob', type: { kind: 'bytes' }, nullable: true },
  ],
  uniques: [], foreignKeys: [], checks: [],
};
const head = "INSERT INTO `odd ``name` (`id`, `it's (a) note`, `blob`) VALUES\n";

/** Values that look like the INSERT syntax around them. */
const TRICKY = ["'),\n(", ');\nINSERT INTO `odd ``name` (`id`) VALUES\n(', 'back\\slash\\', "''", '', '\0', 'a\\\'b', '(((', 'é ☃ 𝄞'];
const rowAt = (i: number): Row => [i, i % 10 === 9 ? null : (TRICKY[i % TRICKY.length] ?? ''), i % 3 === 0 ? new Uint8Array([i % 256, 39, 92]) : null];
const rows = (n: number, from = 0): Row[] => Array.from({ length: n }, (_, i) => rowAt(from + i));

describe('insertTuples', () => {
  it('finds every row of MySQL INSERTs, whatever their strings hold', () => {
    const tuples = insertTuples(insertStatements(table, 'mysql', rows(1200)), head, table.name);
    expect(tuples).toHaveLength(1200);
    tuples.forEach((tuple, i) => { expect(`${head}${tuple};\n`).toBe(insertStatements(table, 'mysql', [rowAt(i)])); });
  });

  it('crosses statements closed at 1 MiB', () => {
    const big: Row[] = Array.from({ length: 300 }, (_, i) => [i, `'${'x'.repeat(9000)}),\n(`, null]);
    const sql = insertStatements(table, 'mysql', big);
    expect(sql.split(head).length - 1).toBeGreaterThan(1);
    expect(insertTuples(sql, head, table.name).map((t) => Number(t.slice(1, t.indexOf(','))))).toEqual(big.map((r) => r[0]));
  });

  it('refuses text in another shape with an INTERNAL error', () => {
    const sql = insertStatements(table, 'mysql', rows(3));
    const bad = [sql.replace(head, 'INSERT INTO `t` VALUES\n'), sql.slice(0, -2), sql.slice(0, -1), `${sql}x`, sql.replace('),\n(1, ', '), (1, '), sql.replace("(2, '", "(2, ''''")];
    for (const text of bad) {
      expect(() => insertTuples(text, head, table.name), JSON.stringify(text)).toThrow(expect.objectContaining({ code: 'INTERNAL', details: { table: table.name } }) as Error);
    }
  });
});
