import type { Row, Table } from '../../schema/index.js';
import type { ByteWriter } from '../bytes/byte-writer.js';
import type { ColumnContext, SqlDialect } from './sql-dialect.js';
import { sqlLiteralFormatter, type SqlLiteral } from './sql-literal.js';
import { updateKey } from './update-key.js';

interface Col { readonly index: number; readonly sql: string; readonly literal: SqlLiteral; readonly ctx: ColumnContext }
/** A row reduced to literals: its key, then each deferred column (undefined when NULL). */
interface Pending { readonly key: string; readonly values: readonly (string | undefined)[] }

/**
 * Writes the UPDATEs that fill a table's deferred FK columns (inserted as NULL) once
 * all parents are loaded. With a one-column key, rows are batched:
 * `UPDATE t SET c = CASE k WHEN 1 THEN 7 ... END WHERE k IN (1, ...);`; with a
 * composite key, one `UPDATE ... WHERE k1 = .. AND k2 = ..;` per row. Rows whose
 * deferred columns are all NULL are skipped.
 *
 * @example
 * ```ts
 * const up = new DeferredUpdateWriter(contexts, [3], postgresDialect, writer)
 * for (const batch of data.batches()) up.writeRows(batch)
 * up.finish()
 * ```
 */
export class DeferredUpdateWriter {
  readonly #table: Table;
  readonly #d: SqlDialect;
  readonly #w: ByteWriter;
  readonly #key: readonly Col[];
  readonly #cols: readonly Col[];
  #pending: Pending[] = [];

  constructor(contexts: readonly ColumnContext[], deferred: readonly number[], dialect: SqlDialect, writer: ByteWriter) {
    const table = (contexts[0] as ColumnContext).table;
    const col = (index: number): Col => {
      const ctx = contexts[index] as ColumnContext;
      return { index, sql: dialect.quoteIdent(ctx.column.name), literal: sqlLiteralFormatter(ctx.column.type, dialect), ctx };
    };
    this.#table = table;
    this.#d = dialect;
    this.#w = writer;
    this.#key = updateKey(table).map(col);
    this.#cols = deferred.map(col);
  }

  writeRows(rows: readonly Row[]): void {
    for (const row of rows) {
      if (this.#cols.every((c) => row[c.index] === null || row[c.index] === undefined)) continue;
      if (this.#key.length > 1) { this.#writeOne(row); continue; }
      this.#pending.push(this.#reduce(row));
      if (this.#pending.length >= this.#d.maxRowsPerInsert) this.finish();
    }
  }

  #reduce(row: Row): Pending {
    const key = this.#key[0] as Col;
    const values = this.#cols.map((c) => (row[c.index] === null ? undefined : c.literal(row[c.index] ?? null)));
    return { key: key.literal(row[key.index] ?? null), values };
  }

  #writeOne(row: Row): void {
    const sets = this.#cols.filter((c) => row[c.index] !== null).map((c) => `${c.sql} = ${c.literal(row[c.index] ?? null)}`);
    const where = this.#key.map((k) => `${k.sql} = ${k.literal(row[k.index] ?? null)}`).join(' AND ');
    this.#w.writeText(`UPDATE ${this.#d.quoteIdent(this.#table.name)} SET ${sets.join(', ')} WHERE ${where};\n`);
  }

  #caseFor(c: Col, i: number, key: Col, rows: readonly Pending[]): string | undefined {
    const whens = rows.filter((r) => r.values[i] !== undefined).map((r) => ` WHEN ${r.key} THEN ${r.values[i] as string}`);
    if (whens.length === 0) return undefined;
    return `${c.sql} = ${this.#d.typedCase(`CASE ${key.sql}${whens.join('')} END`, c.ctx)}`;
  }

  /** Writes the pending batch, if any. */
  finish(): void {
    const rows = this.#pending;
    if (rows.length === 0) return;
    const key = this.#key[0] as Col;
    const sets = this.#cols.map((c, i) => this.#caseFor(c, i, key, rows)).filter((s) => s !== undefined);
    const ids = rows.map((r) => r.key).join(', ');
    this.#w.writeText(`UPDATE ${this.#d.quoteIdent(this.#table.name)} SET ${sets.join(', ')} WHERE ${key.sql} IN (${ids});\n`);
    this.#pending = [];
  }
}
