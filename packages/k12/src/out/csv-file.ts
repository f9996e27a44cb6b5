import { closeSync, openSync, writeSync } from 'node:fs';
import { ByteWriter, writeCsvText, type ByteSink } from '@rowforge/core';

class FdSink implements ByteSink {
  constructor(private readonly fd: number) {}

  write(chunk: Uint8Array): void {
    let done = 0;
    while (done < chunk.length) done += writeSync(this.fd, chunk, done, chunk.length - done);
  }
}

/**
 * One CSV file written row by row through core's byte writer and CSV quoting (RFC 4180, LF,
 * quotes only where needed); an empty string is an empty field. Memory stays at one buffer.
 */
export class CsvFile {
  readonly #fd: number;
  readonly #w: ByteWriter;
  #rows = 0;

  constructor(path: string, header: readonly string[]) {
    this.#fd = openSync(path, 'w');
    this.#w = new ByteWriter(new FdSink(this.#fd), 1 << 18);
    this.#line(header);
  }

  get rows(): number {
    return this.#rows;
  }

  row(cells: readonly string[]): void {
    this.#line(cells);
    this.#rows++;
  }

  #line(cells: readonly string[]): void {
    const w = this.#w;
    for (let i = 0; i < cells.length; i++) {
      if (i > 0) w.writeByte(44);
      const v = cells[i] as string;
      if (v !== '') writeCsvText(w, v);
    }
    w.writeByte(10);
  }

  close(): void {
    this.#w.flush();
    closeSync(this.#fd);
  }
}
