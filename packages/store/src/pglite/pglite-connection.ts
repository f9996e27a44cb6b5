import type { PGliteInterface } from '@electric-sql/pglite';
import type { CompiledQuery, DatabaseConnection, QueryResult } from 'kysely';

/** Kysely's view of the one PGlite session: parameterised queries through `PGlite.query`. */
export class PGliteConnection implements DatabaseConnection {
  readonly #pglite: PGliteInterface;

  constructor(pglite: PGliteInterface) {
    this.#pglite = pglite;
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const r = await this.#pglite.query<R>(compiled.sql, [...compiled.parameters]);
    const affected = r.affectedRows;
    return affected === undefined ? { rows: r.rows } : { rows: r.rows, numAffectedRows: BigInt(affected) };
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite connections do not stream; page with LIMIT/OFFSET instead');
  }
}
