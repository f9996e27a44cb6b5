import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { RowforgeError } from '../../errors/index.js';
import type { Table } from '../../schema/index.js';
import type { TableFile } from '../bytes/file-set.js';
import { castFromCsv } from './duckdb-type.js';

interface DuckConnection { run(sql: string): Promise<unknown>; closeSync?(): void }
interface DuckModule { DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<DuckConnection>; closeSync?(): void }> } }

async function duckdb(): Promise<DuckModule> {
  try {
    return await import('@duckdb/node-api');
  } catch {
    throw new RowforgeError('USAGE', 'Parquet output needs the optional package @duckdb/node-api, which is not installed', {
      hint: 'install it with `npm i @duckdb/node-api`, or choose another --format',
    });
  }
}

const text = (s: string): string => `'${s.replace(/'/g, "''")}'`;

function copySql(table: Table, csv: string, parquet: string): string {
  const select = table.columns.map((c) => castFromCsv(c.name, c.type)).join(', ');
  const read = `read_csv(${text(csv)}, header = true, all_varchar = true, allow_quoted_nulls = false, delim = ',', quote = '"', escape = '"', auto_detect = false, columns = {${table.columns.map((c) => `${text(c.name)}: 'VARCHAR'`).join(', ')}})`;
  return `COPY (SELECT ${select} FROM ${read}) TO ${text(parquet)} (FORMAT parquet, COMPRESSION zstd)`;
}

/**
 * Converts the CSV files just written into `dir` to Parquet with DuckDB's native writer (typed
 * columns: integers, decimals, dates, timestamps, UUIDs, BLOBs), removing the CSV files.
 * DuckDB is an optional dependency; without it this fails with a message saying how to add it.
 */
export async function convertToParquet(dir: string, tables: readonly Table[], files: readonly TableFile[]): Promise<TableFile[]> {
  const { DuckDBInstance } = await duckdb();
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  try {
    const out: TableFile[] = [];
    for (const f of files) {
      const table = tables.find((t) => t.name === f.name) as Table;
      const parquet = f.file.replace(/\.csv$/, '.parquet');
      await con.run(copySql(table, join(dir, f.file), join(dir, parquet)));
      rmSync(join(dir, f.file));
      out.push({ ...f, file: parquet });
    }
    return out;
  } finally {
    con.closeSync?.();
    instance.closeSync?.();
  }
}
