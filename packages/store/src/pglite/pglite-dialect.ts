import type { PGliteInterface } from '@electric-sql/pglite';
import {
  PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler,
  type DatabaseIntrospector, type Dialect, type DialectAdapter, type Driver, type Kysely, type QueryCompiler,
} from 'kysely';
import { PGliteDriver } from './pglite-driver.js';

/**
 * A Kysely dialect for PGlite (Kysely 0.28 has none built in): PostgreSQL's adapter, compiler
 * and introspector over {@link PGliteDriver}. See docs/decisions/0005-store-kysely-pglite.md.
 *
 * @example
 * ```ts
 * const db = new Kysely<Database>({ dialect: new PGliteDialect(await PGlite.create('memory://')) })
 * ```
 */
export class PGliteDialect implements Dialect {
  readonly #pglite: PGliteInterface;

  constructor(pglite: PGliteInterface) {
    this.#pglite = pglite;
  }

  createDriver(): Driver {
    return new PGliteDriver(this.#pglite);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}
