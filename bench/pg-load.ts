/**
 * Bench part (b): raw COPY of pre-made CSV files into bare tables (the floor of loading those
 * bytes) vs Rowforge's own loader (`--into postgres`: generate, COPY into bare tables, then add
 * keys, CHECKs and foreign keys), same rows, scratch PostgreSQL database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { withClient } from './pg-scratch.js';
import type { CoreApi } from './rowforge-library.js';

export interface LoadResult {
  readonly rows: number;
  readonly workers?: number;
  readonly sessions?: number;
  readonly seconds: number;
}

interface ManifestTable {
  readonly name: string;
  readonly rows: number;
  readonly file: string;
}

const q = (name: string): string => `"${name.replaceAll('"', '""')}"`;

function manifestTables(dir: string): ManifestTable[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { loadOrder: string[]; tables: ManifestTable[] };
  return manifest.loadOrder.map((name) => manifest.tables.find((t) => t.name === name) as ManifestTable);
}

async function copyFile(client: pg.Client, table: string, file: string): Promise<void> {
  const sql = `COPY ${q(table)} FROM STDIN WITH (FORMAT csv, HEADER true)`;
  await pipeline(fs.createReadStream(file, { highWaterMark: 1 << 20 }), client.query(copyFrom(sql)));
}

/**
 * The floor: COPY of every CSV file in load order into bare tables (`CREATE TABLE … (LIKE
 * <loader's table>)`: columns and NOT NULL, no keys, no CHECKs, no foreign keys), timed from
 * connect to done. Run after the loader, whose tables it copies.
 */
export async function measureRawCopy(url: string, dir: string, likeSchema: string): Promise<LoadResult> {
  const tables = manifestTables(dir);
  const start = process.hrtime.bigint();
  await withClient(url, async (client) => {
    await client.query('CREATE SCHEMA rf_raw; SET search_path TO rf_raw');
    for (const t of tables) await client.query(`CREATE TABLE ${q(t.name)} (LIKE ${q(likeSchema)}.${q(t.name)})`);
    for (const t of tables) await copyFile(client, t.name, path.join(dir, t.file));
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { rows: tables.reduce((n, t) => n + t.rows, 0), seconds };
}

/**
 * Rowforge's loader as `rowforge generate --into postgres` runs it: generate and load in one go,
 * with the CLI's default worker and session counts (a core per PostgreSQL session left free;
 * older cores without those defaults: 2 workers) unless `workers` is given (1: in this thread).
 */
export async function measureLoader(core: CoreApi, url: string, run: { schema: unknown; plan: unknown; pgSchema: string; workers?: number }): Promise<LoadResult> {
  const start = process.hrtime.bigint();
  const data = core.generate(run.schema, run.plan) as { tables: readonly { rowCount: number }[] };
  const sessions = core.defaultPostgresSessions?.();
  const workers = run.workers ?? core.workerCount?.(undefined, data, sessions) ?? 2;
  await core.withWorkers(run.schema, run.plan, data, workers, (rows) => core.loadPostgres(rows, { url, schema: run.pgSchema }));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { rows: data.tables.reduce((n, t) => n + t.rowCount, 0), workers, ...(sessions === undefined ? {} : { sessions }), seconds };
}
