import type { Table } from '../../schema/index.js';
import { decodeUtf8, type ByteSource } from '../io/byte-source.js';
import { readFailure } from '../io/read-failure.js';
import { JsonRowAligner } from '../run/json-row-aligner.js';
import type { RowSink } from '../run/row-sink.js';
import { JsonArraySplitter, type JsonElementText } from './json-array-splitter.js';
import { parseJsonObject } from './json-object-parser.js';
import { NdjsonLines } from './ndjson-lines.js';

interface Splitter {
  push(chunk: string): readonly JsonElementText[];
  end(): readonly JsonElementText[];
}

async function readElements(source: ByteSource, splitter: Splitter, aligner: JsonRowAligner, sink: RowSink): Promise<void> {
  const feed = (items: readonly JsonElementText[]): void => {
    for (const item of items) aligner.object(parseJsonObject(item.text), item.line);
  };
  try {
    for await (const text of decodeUtf8(source.open())) feed(splitter.push(text));
  } catch (e) {
    readFailure(e, source, sink);
  }
  feed(splitter.end());
}

/**
 * Streams a `<table>.json` file (one JSON array of row objects) into a row sink,
 * element by element, so the file is never parsed whole.
 *
 * @example
 * ```ts
 * await readJsonTable(fileSource('/out/users.json', 'users.json'), usersTable, validator)
 * ```
 */
export async function readJsonTable(source: ByteSource, table: Table, sink: RowSink): Promise<void> {
  const splitter = new JsonArraySplitter();
  await readElements(source, splitter, new JsonRowAligner(table, sink), sink);
  for (const e of splitter.errors) {
    sink.problem({ rule: 'parse', constraint: 'json', line: e.line, message: `${source.name} line ${e.line}: ${e.message}` });
  }
}

/**
 * Streams a `<table>.ndjson` file (one JSON object per line) into a row sink.
 *
 * @example
 * ```ts
 * await readNdjsonTable(fileSource('/out/users.ndjson', 'users.ndjson'), usersTable, validator)
 * ```
 */
export async function readNdjsonTable(source: ByteSource, table: Table, sink: RowSink): Promise<void> {
  const lines = new NdjsonLines();
  await readElements(source, lines, new JsonRowAligner(table, sink), sink);
}
