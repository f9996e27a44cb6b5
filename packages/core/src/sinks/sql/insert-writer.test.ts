import { describe, expect, it } from 'vitest';
import type { Row, Table } from '../../schema/index.js';
import { MemorySink } from '../bytes/byte-sink.js';
import { ByteWriter } from '../bytes/byte-writer.js';
import { InsertWriter } from './insert-writer.js';
import { sqlDialect } from './sql-dialects.js';

const table: Table = {
  name: 'notes',
  columns: [
    { name: 'id', type: { kind: 'int', bits: 32 }, nullable: false },
    { name: 'body', type: { kind: 'string', variant: 'text' }, nullable: true },
  ],
  uniques: [], foreignKeys: [], checks: [],
};

/** Row i: its id and a body of `bodyBytes` letters. */
const rowAt = (i: number, bodyBytes: number): Row => [i, 'x'.repeat(bodyBytes)];

/** Rows [start, end) through one writer that starts at `start`, as SQL text. */
function inserts(start: number, end: number, bodyBytes: number): string {
  const sink = new MemorySink();
  const w = new ByteWriter(sink);
  const ins = new InsertWriter(table, sqlDialect('postgres'), w, [], start);
  for (let i = start; i < end; i++) ins.writeRow(rowAt(i, bodyBytes));
  ins.finish();
  w.flush();
  return sink.text();
}

const statements = (sql: string): number => sql.split('INSERT INTO').length - 1;

describe('InsertWriter', () => {
  it('closes a statement every maxRowsPerInsert rows of the table (500 for postgres)', () => {
    expect(statements(inserts(0, 1200, 3))).toBe(3);
    expect(inserts(0, 1200, 3)).toContain('(499, \'xxx\');\nINSERT INTO');
  });

  it('closes a statement past 1 MiB, and the next one ends on the next multiple of maxRowsPerInsert', () => {
    const sql = inserts(0, 1000, 5000); // ~5 KB a row: about 210 rows fill 1 MiB
    expect(statements(sql)).toBe(6); // [0,210) [210,420) [420,500) [500,710) [710,920) [920,1000)
    expect(sql).toContain(`(499, '${'x'.repeat(5000)}');\nINSERT INTO`);
  });

  it('writes, from statement starts, ranges that concatenate to one writer\'s bytes', () => {
    for (const bodyBytes of [3, 5000]) {
      const whole = inserts(0, 1700, bodyBytes);
      const parts = inserts(0, 500, bodyBytes) + inserts(500, 1500, bodyBytes) + inserts(1500, 1700, bodyBytes);
      expect(parts === whole, `${bodyBytes}-byte bodies`).toBe(true);
    }
  });
});
