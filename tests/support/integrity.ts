/** A foreign key as read back from a database's catalog. */
export interface CatalogForeignKey {
  readonly name: string;
  readonly table: string;
  readonly columns: readonly string[];
  readonly refTable: string;
  readonly refColumns: readonly string[];
}

/** A UNIQUE or PRIMARY KEY index as read back from a database's catalog. */
export interface CatalogUniqueKey {
  readonly name: string;
  readonly table: string;
  readonly columns: readonly string[];
}

export type Quote = (ident: string) => string;

/**
 * SQL counting child rows whose (all non-NULL) FK values match no parent row (MATCH SIMPLE).
 * Tables are passed through `quoteTable`, columns through `quote`.
 */
export function orphanCountSql(fk: CatalogForeignKey, quote: Quote, quoteTable: Quote = quote): string {
  const notNull = fk.columns.map((c) => `c.${quote(c)} IS NOT NULL`).join(' AND ');
  const join = fk.columns.map((c, i) => `p.${quote(fk.refColumns[i] ?? '')} = c.${quote(c)}`).join(' AND ');
  return `SELECT COUNT(*) AS n FROM ${quoteTable(fk.table)} c WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${quoteTable(fk.refTable)} p WHERE ${join})`;
}

/** SQL counting duplicated (all non-NULL) key values of a unique key. */
export function duplicateCountSql(key: CatalogUniqueKey, quote: Quote, quoteTable: Quote = quote): string {
  const cols = key.columns.map((c) => quote(c)).join(', ');
  const notNull = key.columns.map((c) => `${quote(c)} IS NOT NULL`).join(' AND ');
  return `SELECT COUNT(*) AS n FROM (SELECT ${cols} FROM ${quoteTable(key.table)} WHERE ${notNull} GROUP BY ${cols} HAVING COUNT(*) > 1) d`;
}

export function describeFk(fk: CatalogForeignKey): string {
  return `${fk.name}: ${fk.table}(${fk.columns.join(', ')}) → ${fk.refTable}(${fk.refColumns.join(', ')})`;
}

/** Statements that switch constraint checking off; a generated load script must not contain them. */
export function constraintBypasses(sqlText: string, dialect: 'postgres' | 'mysql' | 'sqlite'): string[] {
  const patterns: Record<typeof dialect, RegExp[]> = {
    postgres: [/session_replication_role/i, /\bDISABLE\s+TRIGGER\b/i, /\bNOT\s+VALID\b/i],
    mysql: [/check_constraint_checks\s*=\s*(0|off|false)/i],
    sqlite: [/PRAGMA\s+ignore_check_constraints\s*=\s*(1|on|true|yes)/i],
  };
  return patterns[dialect].filter((re) => re.test(sqlText)).map((re) => re.source);
}
