/** A row as a PostgreSQL session returns it: column name → value (the driver's parsing). */
export type SessionRow = Readonly<Record<string, unknown>>;

/**
 * One PostgreSQL session the loaders run on: a `pg` client ({@link pgClientSession}) or an
 * embedded engine such as PGlite (implemented outside core). The caller owns the transaction.
 */
export interface PgSession {
  query(sql: string, params?: readonly unknown[]): Promise<{ readonly rows: readonly SessionRow[] }>;
  /**
   * `COPY <target> FROM … WITH (FORMAT csv)` where `target` is a quoted table name with its
   * quoted column list. Chunks end on row boundaries, so an implementation may run one COPY per
   * group of chunks (an engine that needs the bytes up front keeps memory bounded that way).
   */
  copyCsvFrom(target: string, chunks: AsyncIterable<Uint8Array>): Promise<void>;
}
