import { describe, expect, it } from 'vitest';
import type { Row, Table } from '../../schema/index.js';
import { insertStatements, type InsertChunk } from '../insert-statements.js';
import { insertTuples } from './insert-tuples.js';
import { packetLimitsFor } from './packet-limits.js';
import { packetSizedChunks } from './packet-sized-chunks.js';

const table: Table = {
  name: 'attachment',
  columns: [
    { name: 'id', type: { kind: 'int', bits: 32 }, nullable: false },
    { name: 'body', type: { kind: 'string', variant: 'text' }, nullable: false },
  ],
  uniques: [], foreignKeys: [], checks: [],
};
const head = 'INSERT INTO `attachment` (`id`, `body`) VALUES\n';

/** Row i with a body of `bytes` characters that mimics the INSERT syntax. */
const rowAt = (i: number, bytes: number): Row => [i, `'),\n(é${i};\n`.padEnd(bytes, 'x')];

/** 500-row chunks of `n` rows, as the loader gets them. */
async function* chunks(n: number, bytes: (i: number) => number): AsyncGenerator<InsertChunk> {
  for (let start = 0; start < n; start += 500) {
    const rows = Array.from({ length: Math.min(500, n - start) }, (_, k) => rowAt(start + k, bytes(start + k)));
    yield { rows: rows.length, sql: insertStatements(table, 'mysql', rows) };
    await Promise.resolve();
  }
}

async function collect(source: AsyncIterable<InsertChunk>): Promise<InsertChunk[]> {
  const out: InsertChunk[] = [];
  for await (const c of source) out.push(c);
  return out;
}

const tuples = (cs: readonly InsertChunk[]): string[] => cs.flatMap((c) => insertTuples(c.sql, head, table.name));

describe('packetSizedChunks', () => {
  it('passes chunks within the budget as they are', async () => {
    const before = await collect(chunks(1200, () => 10));
    expect(await collect(packetSizedChunks(chunks(1200, () => 10), table, packetLimitsFor(16 << 20)))).toEqual(before);
  });

  it('cuts bigger chunks between rows into INSERTs within the budget, the same rows in the same order', async () => {
    const limits = packetLimitsFor(64 << 10); // budget 32 KiB
    const sizes = (i: number): number => (i % 7 === 0 ? 20_000 : 3_000);
    const out = await collect(packetSizedChunks(chunks(1100, sizes), table, limits));
    expect(out.every((c) => Buffer.byteLength(c.sql) <= limits.budget)).toBe(true);
    expect(out.reduce((n, c) => n + c.rows, 0)).toBe(1100);
    expect(out.every((c) => insertTuples(c.sql, head, table.name).length === c.rows)).toBe(true);
    expect(tuples(out)).toEqual(tuples(await collect(chunks(1100, sizes))));
  });

  it('sends a row bigger than the budget alone, up to the packet', async () => {
    const limits = packetLimitsFor(64 << 10);
    const out = await collect(packetSizedChunks(chunks(3, (i) => (i === 1 ? 50_000 : 20_000)), table, limits));
    expect(out.map((c) => c.rows)).toEqual([1, 1, 1]);
    expect(Buffer.byteLength(out[1]?.sql ?? '')).toBeGreaterThan(limits.budget);
    expect(Buffer.byteLength(out[1]?.sql ?? '')).toBeLessThanOrEqual(limits.single);
  });

  it('refuses a row bigger than the packet with OUTPUT_UNWRITABLE naming the table, the sizes and the fix', async () => {
    const limits = packetLimitsFor(64 << 10);
    const load = collect(packetSizedChunks(chunks(3, (i) => (i === 2 ? 70_000 : 10)), table, limits));
    await expect(load).rejects.toMatchObject({
      code: 'OUTPUT_UNWRITABLE',
      message: expect.stringMatching(/"attachment" takes 70,\d{3} bytes .* max_allowed_packet of 65,536 bytes/) as string,
      details: { table: 'attachment', maxAllowedPacket: 65_536, hint: expect.stringContaining('SET GLOBAL max_allowed_packet = 1048576') as string },
    });
  });
});
