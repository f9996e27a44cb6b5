import type { PGliteInterface } from '@electric-sql/pglite';
import { CompiledQuery, type DatabaseConnection, type Driver, type TransactionSettings } from 'kysely';
import { ConnectionMutex } from './connection-mutex.js';
import { PGliteConnection } from './pglite-connection.js';

function beginStatement(settings: TransactionSettings): string {
  const parts = ['BEGIN'];
  if (settings.isolationLevel) parts.push(`ISOLATION LEVEL ${settings.isolationLevel.toUpperCase()}`);
  if (settings.accessMode) parts.push(settings.accessMode.toUpperCase());
  return parts.join(' ');
}

/**
 * Kysely driver over one PGlite instance. PGlite is a single session, so the driver hands out
 * one connection behind a FIFO mutex: a query or a whole transaction holds it until released,
 * which serialises concurrent callers instead of interleaving their statements.
 */
export class PGliteDriver implements Driver {
  readonly #mutex = new ConnectionMutex();
  readonly #connection: PGliteConnection;

  constructor(pglite: PGliteInterface) {
    this.#connection = new PGliteConnection(pglite);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(beginStatement(settings)));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('COMMIT'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('ROLLBACK'));
  }

  async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }

  /** The PGlite instance belongs to whoever created it; closing it is their call. */
  async destroy(): Promise<void> {}
}
