import type { Writable } from 'node:stream';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { TableData } from '../../schema/index.js';
import { ByteWriter, CsvEncoder, MemorySink, sqlSyntax } from '../../sinks/index.js';

const q = (name: string): string => sqlSyntax('postgres').quoteIdent(name);

/** Rows are encoded a batch at a time; this many bytes are buffered before a write. */
const CHUNK = 1 << 20;

function write(stream: Writable, chunk: Buffer): Promise<void> {
  return stream.write(chunk) ? Promise.resolve() : new Promise((resolve) => { stream.once('drain', resolve); });
}

function finished(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('finish', resolve);
    stream.once('error', reject);
    stream.end();
  });
}

/**
 * Streams one table into PostgreSQL with `COPY … FROM STDIN (FORMAT csv)`, encoding batches with
 * the CSV sink's encoder (so the bytes are those of the CSV output). Memory stays at one chunk.
 */
export async function copyTable(client: ClientBase, data: TableData, onRows: (done: number) => void): Promise<number> {
  const cols = data.table.columns.map((c) => q(c.name)).join(', ');
  const stream = client.query(copyFrom(`COPY ${q(data.table.name)} (${cols}) FROM STDIN WITH (FORMAT csv)`));
  const failed = new Promise<never>((_, reject) => { stream.once('error', reject); });
  let sink = new MemorySink();
  let writer = new ByteWriter(sink);
  let encoder = new CsvEncoder(data.table.columns, 'postgres', writer);
  let pending = 0;
  let done = 0;
  for (const batch of data.batches()) {
    encoder.writeRows(batch);
    done += batch.length;
    pending += batch.length;
    if (pending * 64 < CHUNK && done < data.rowCount) continue;
    writer.flush();
    await Promise.race([write(stream, sink.bytes()), failed]);
    sink = new MemorySink(); writer = new ByteWriter(sink); encoder = new CsvEncoder(data.table.columns, 'postgres', writer);
    pending = 0;
    onRows(done);
  }
  writer.flush();
  await Promise.race([write(stream, sink.bytes()), failed]);
  await Promise.race([finished(stream), failed]);
  return done;
}
