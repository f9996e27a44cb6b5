import type { ForeignKey, Schema } from '../../schema/index.js';

type Named = { readonly name?: string };

/** Constraint names each target keeps; duplicates and MySQL's `PRIMARY` are dropped. */
export interface ConstraintNames {
  /** The name to declare for a constraint, or undefined to let the database name it. */
  nameOf(constraint: Named): string | undefined;
}

/**
 * Assigns constraint names schema-wide: a name is kept the first time it is seen
 * (case-insensitively, in schema order: PK, UNIQUEs, CHECKs, FKs per table) and dropped
 * after that, since PostgreSQL index names and MySQL/SQL Server constraint names must be
 * unique across the database while sources like MySQL repeat them per table.
 *
 * @example
 * ```ts
 * const names = assignConstraintNames(schema)
 * names.nameOf(table.primaryKey!) // 'users_pkey'
 * ```
 */
export function assignConstraintNames(schema: Schema): ConstraintNames {
  const kept = new Set<Named>();
  const seen = new Set<string>();
  const claim = (c: Named | undefined): void => {
    const key = c?.name?.toLowerCase();
    if (c === undefined || key === undefined || key === '' || key === 'primary' || seen.has(key)) return;
    seen.add(key);
    kept.add(c);
  };
  for (const t of schema.tables) {
    claim(t.primaryKey);
    t.uniques.forEach(claim);
    t.checks.forEach(claim);
    t.foreignKeys.forEach((fk: ForeignKey) => claim(fk));
  }
  return { nameOf: (c) => (kept.has(c) ? c.name : undefined) };
}
