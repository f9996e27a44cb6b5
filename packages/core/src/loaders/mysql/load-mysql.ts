import type mysql from 'mysql2/promise';
import { RowforgeError } from '../../errors/index.js';
import type { GeneratedData, TableData } from '../../schema/index.js';
import { renderCreateTables, renderPostLoad, sqlDialect } from '../../sinks/index.js';
import { insertChunks, joinedChunks, type InsertChunk } from '../insert-statements.js';
import type { LoadSummary } from '../postgres/load-into-session.js';
import { packetLimits } from './packet-limits.js';
import { packetSizedChunks } from './packet-sized-chunks.js';

export interface MysqlLoadOptions {
  /** `mysql://user:password@host:port/db` (MariaDB or MySQL). */
  readonly url: string;
  readonly replace?: boolean;
  readonly onProgress?: (e: { table: string; rowsDone: number; rowCount: number }) => void;
}

/** Marks an unfinished load, so a rerun may drop what the interrupted run created. */
const MARKER = '_rowforge_load';
const q = (name: string): string => sqlDialect('mysql').quoteIdent(name);

async function existing(conn: mysql.Connection, names: readonly string[]): Promise<string[]> {
  const [rows] = await conn.query<mysql.RowDataPacket[]>('SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN (?)', [names]);
  return rows.map((r) => String(r['t']));
}

async function interruptedRun(conn: mysql.Connection, planHash: string): Promise<boolean> {
  if ((await existing(conn, [MARKER])).length === 0) return false;
  const [rows] = await conn.query<mysql.RowDataPacket[]>(`SELECT plan_hash FROM ${q(MARKER)}`);
  return rows.some((r) => r['plan_hash'] === planHash);
}

/** The run's tables already there; throws `OUTPUT_EXISTS` unless `replace` or they are an interrupted run's of the same plan. */
async function refuseExisting(conn: mysql.Connection, data: GeneratedData, o: MysqlLoadOptions): Promise<string[]> {
  const found = await existing(conn, data.schema.tables.map((t) => t.name));
  if (found.length === 0 || o.replace || (await interruptedRun(conn, data.planHash))) return found;
  throw new RowforgeError('OUTPUT_EXISTS', `the database already has table(s) ${found.map((n) => `"${n}"`).join(', ')}`, { hint: 'pass --replace to drop and reload them, or load into another database' });
}

/** After a failed load: drops the run's tables and the marker (best effort; a rerun drops what is left). */
async function dropLeftovers(conn: mysql.Connection, data: GeneratedData): Promise<void> {
  await conn.query('SET FOREIGN_KEY_CHECKS = 0');
  for (const t of data.schema.tables) await conn.query(`DROP TABLE IF EXISTS ${q(t.name)}`);
  await conn.query('SET FOREIGN_KEY_CHECKS = 1');
  await conn.query(`DROP TABLE IF EXISTS ${q(MARKER)}`);
}

async function prepare(conn: mysql.Connection, data: GeneratedData, found: readonly string[]): Promise<void> {
  await conn.query('SET FOREIGN_KEY_CHECKS = 0');
  for (const n of found) await conn.query(`DROP TABLE ${q(n)}`);
  await conn.query('SET FOREIGN_KEY_CHECKS = 1');
  await conn.query(`CREATE TABLE IF NOT EXISTS ${q(MARKER)} (plan_hash VARCHAR(64) NOT NULL)`);
  await conn.query(`INSERT INTO ${q(MARKER)} VALUES (?)`, [data.planHash]);
  await conn.query(renderCreateTables(data.schema, data.order, 'mysql', { purpose: 'bulk-load' }));
}

/**
 * Rows per chunk: one statement's worth (statements are also closed at 1 MiB). Chunks are cut
 * between rows to fit the server's packet ({@link packetSizedChunks}) and joined into queries of
 * at most the packet budget ({@link packetLimits}): a pool's chunk of 8,500 rows sent as one query broke
 * MariaDB's 16 MiB `max_allowed_packet` from ~2 KB a row, and a 500-row chunk from ~32 KB a row.
 */
const ROWS_PER_CHUNK = sqlDialect('mysql').maxRowsPerInsert;

/** The table's INSERTs as queries that fit the server's `max_allowed_packet`. */
async function* tableQueries(conn: mysql.Connection, t: TableData): AsyncGenerator<InsertChunk> {
  const limits = await packetLimits(conn);
  yield* joinedChunks(packetSizedChunks(insertChunks(t, 'mysql', ROWS_PER_CHUNK), t.table, limits), limits.budget);
}

/**
 * Inserts one table in a transaction, ~500 rows a statement, with foreign keys checked. The
 * next chunk's statements are made while the server runs the previous one (one query in flight).
 */
async function insertTable(conn: mysql.Connection, t: TableData, onRows: (done: number) => void): Promise<number> {
  await conn.beginTransaction();
  let done = 0;
  let inFlight: { readonly query: Promise<unknown>; readonly rows: number } | undefined;
  for await (const chunk of tableQueries(conn, t)) {
    if (inFlight) { await inFlight.query; onRows((done += inFlight.rows)); }
    const query = conn.query(chunk.sql);
    query.catch(() => undefined); // awaited below; this keeps a failure while the next chunk is made from going unhandled
    inFlight = { query, rows: chunk.rows };
  }
  if (inFlight) { await inFlight.query; onRows((done += inFlight.rows)); }
  await conn.commit();
  return done;
}

async function connect(url: string): Promise<mysql.Connection> {
  try {
    const { default: driver } = await import('mysql2/promise');
    const conn = await driver.createConnection({ uri: url, multipleStatements: true, dateStrings: true });
    for (const statement of sqlDialect('mysql').preamble) await conn.query(statement);
    return conn;
  } catch (e) {
    throw new RowforgeError('OUTPUT_UNWRITABLE', `cannot load into ${url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}: ${(e as Error).message}`, { hint: 'check the URL and that the server runs' });
  }
}

/** Creates the tables, inserts every table, runs the post-load statements and drops the marker. */
async function loadAll(conn: mysql.Connection, data: GeneratedData, o: MysqlLoadOptions, found: readonly string[]): Promise<LoadSummary> {
  await prepare(conn, data, found);
  const tables = [];
  for (const t of data.tables) {
    tables.push({ name: t.table.name, rows: await insertTable(conn, t, (done) => o.onProgress?.({ table: t.table.name, rowsDone: done, rowCount: t.rowCount })) });
  }
  const post = renderPostLoad(data.schema, data.order, 'mysql', { purpose: 'bulk-load' });
  if (post.split('\n').some((line) => line.trim() !== '' && !line.trimStart().startsWith('--'))) await conn.query(post);
  await conn.query(`DROP TABLE ${q(MARKER)}`);
  return { tables };
}

/**
 * Loads a run into MariaDB/MySQL: tables created with their keys (cycle-breaking foreign keys
 * added after the data), each table inserted in its own transaction in load order, then the late
 * foreign keys and AUTO_INCREMENT. MySQL DDL is not transactional: a load that fails drops the
 * tables it created, and a marker table records an unfinished load (one killed before it could),
 * so a rerun of the same plan drops its leftovers and ends with exactly the planned rows.
 */
export async function loadMysql(data: GeneratedData, o: MysqlLoadOptions): Promise<LoadSummary> {
  const conn = await connect(o.url);
  try {
    const found = await refuseExisting(conn, data, o);
    return await loadAll(conn, data, o, found).catch(async (e: unknown) => {
      await dropLeftovers(conn, data).catch(() => undefined);
      throw e;
    });
  } catch (e) {
    throw e instanceof RowforgeError ? e : new RowforgeError('OUTPUT_UNWRITABLE', `loading into MySQL failed: ${(e as Error).message}`, {});
  } finally {
    await conn.end().catch(() => undefined);
  }
}
