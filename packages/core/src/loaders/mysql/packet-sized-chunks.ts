import { RowforgeError } from '../../errors/index.js';
import type { Table } from '../../schema/index.js';
import { sqlDialect } from '../../sinks/index.js';
import type { InsertChunk } from '../insert-statements.js';
import { insertTuples } from './insert-tuples.js';
import type { PacketLimits } from './packet-limits.js';

const MIB = 1 << 20;

/** The start of every INSERT the SQL sink writes for `table` on MySQL (as InsertWriter spells it; text that does not start so is an INTERNAL error). */
function insertHead(table: Table): string {
  const q = sqlDialect('mysql').quoteIdent;
  return `INSERT INTO ${q(table.name)} (${table.columns.map((c) => q(c.name)).join(', ')}) VALUES\n`;
}

function rowTooBig(table: string, rowBytes: number, limits: PacketLimits): RowforgeError {
  const enough = Math.ceil((rowBytes + limits.packet - limits.single) / MIB) * MIB;
  const n = (v: number): string => v.toLocaleString('en-US');
  return new RowforgeError('OUTPUT_UNWRITABLE', `a row of "${table}" takes ${n(rowBytes)} bytes as an INSERT, more than the server's max_allowed_packet of ${n(limits.packet)} bytes allows`, {
    table, rowBytes, maxAllowedPacket: limits.packet,
    hint: `raise max_allowed_packet on the server to at least ${enough} bytes, e.g. SET GLOBAL max_allowed_packet = ${enough}, then rerun; or make the table's values smaller`,
  });
}

/** The tuples of a chunk, which must be as many as its rows. */
function tuplesOf(c: InsertChunk, head: string, table: string): string[] {
  const tuples = insertTuples(c.sql, head, table);
  if (tuples.length !== c.rows) throw new RowforgeError('INTERNAL', `a chunk of "${table}" holds ${tuples.length} INSERT rows, not ${c.rows}`, { table });
  return tuples;
}

const statement = (head: string, group: readonly string[]): InsertChunk => ({ rows: group.length, sql: `${head}${group.join(',\n')};\n` });

/** Consecutive tuples as INSERTs of at most `limits.budget` bytes each (a single row up to `limits.single`). */
function* regrouped(head: string, tuples: readonly string[], limits: PacketLimits, table: string): Generator<InsertChunk> {
  const headBytes = Buffer.byteLength(head);
  let group: string[] = [];
  let bytes = headBytes;
  for (const tuple of tuples) {
    const size = Buffer.byteLength(tuple) + 2; // with its `,\n` or `;\n`
    if (headBytes + size > limits.single) throw rowTooBig(table, headBytes + size, limits);
    if (group.length > 0 && bytes + size > limits.budget) { yield statement(head, group); group = []; bytes = headBytes; }
    group.push(tuple);
    bytes += size;
  }
  if (group.length > 0) yield statement(head, group);
}

/**
 * The chunks of `table`'s MySQL INSERTs made to fit the server's packet: a chunk within
 * `limits.budget` bytes passes as it is, a bigger one is cut between rows into INSERTs of at most
 * the budget (a row alone up to `limits.single`; a row bigger than that is an OUTPUT_UNWRITABLE
 * error that says to raise max_allowed_packet). The same rows in the same order, however cut.
 *
 * @example
 * ```ts
 * for await (const c of packetSizedChunks(insertChunks(t, 'mysql', 500), t.table, packetLimitsFor(16 << 20))) await conn.query(c.sql)
 * ```
 */
export async function* packetSizedChunks(chunks: AsyncIterable<InsertChunk>, table: Table, limits: PacketLimits): AsyncGenerator<InsertChunk> {
  const head = insertHead(table);
  for await (const c of chunks) {
    if (Buffer.byteLength(c.sql) <= limits.budget) yield c;
    else yield* regrouped(head, tuplesOf(c, head, table.name), limits, table.name);
  }
}
