import { createReadStream } from 'node:fs';
import { CsvParser, type CsvRecord } from '@rowforge/core';

/**
 * Streams a CSV file record by record (header first); memory is bounded by the longest record.
 * A UTF-8 byte-order mark before the header is dropped.
 */
export async function* readCsvRecords(path: string): AsyncGenerator<CsvRecord> {
  const parser = new CsvParser();
  let first = true;
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    const text = String(chunk);
    yield* parser.push(first ? text.replace(/^\uFEFF/, '') : text);
    first = false;
  }
  yield* parser.end();
}
