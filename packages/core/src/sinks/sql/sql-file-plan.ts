import type { FkEdge, LoadOrder } from '../../schema/index.js';
import { safeFileStem } from '../file-names.js';
import type { Target } from '../target.js';

/** `single`: one script; `per-table`: numbered scripts whose name order is the load order. */
export type SqlFilesMode = 'single' | 'per-table';

/** The name of the single SQL script. */
export const SINGLE_SQL_FILE = 'data.sql';

export type SqlPart =
  | { readonly kind: 'schema' }
  | { readonly kind: 'data'; readonly tables: readonly string[] }
  | { readonly kind: 'updates' }
  | { readonly kind: 'constraints' }
  /** Identity/sequence re-syncs alone: what a data-only load runs after the rows. */
  | { readonly kind: 'resync' };

/** One SQL file and what it contains, in order. */
export interface SqlFile {
  readonly path: string;
  readonly parts: readonly SqlPart[];
}

/** Edges whose tables must share a transaction: DEFERRABLE cycles (PostgreSQL, SQLite), late edges (SQLite, checked at COMMIT). */
function sharedTransactionEdges(order: LoadOrder, target: Target): FkEdge[] {
  if (target === 'sqlite') return [...order.deferrableEdges, ...order.lateEdges];
  return target === 'postgres' ? [...order.deferrableEdges] : [];
}

/**
 * Load units: runs of tables that must share a transaction because a NOT NULL
 * DEFERRABLE cycle joins them (PostgreSQL, SQLite), or a late edge (SQLite); every other
 * table is its own unit.
 */
export function dataUnits(order: LoadOrder, target: Target): string[][] {
  const index = (t: string): number => order.tables.indexOf(t);
  const spans = sharedTransactionEdges(order, target)
    .map((e) => [Math.min(index(e.child), index(e.parent)), Math.max(index(e.child), index(e.parent))] as const);
  const units: string[][] = [];
  for (let i = 0; i < order.tables.length;) {
    let end = i;
    for (let grew = true; grew;) {
      grew = false;
      for (const [a, b] of spans) if (a <= end && b > end && a >= i) { end = b; grew = true; }
    }
    units.push(order.tables.slice(i, end + 1));
    i = end + 1;
  }
  return units;
}

function perTable(order: LoadOrder, target: Target): SqlFile[] {
  const units = dataUnits(order, target);
  let width = 3;
  while (units.length >= 9 * 10 ** (width - 1)) width++;
  const num = (n: number): string => String(n).padStart(width, '0');
  const files: SqlFile[] = [{ path: `${num(0)}_schema.sql`, parts: [{ kind: 'schema' }] }];
  units.forEach((tables, i) => files.push({ path: `${num(i + 1)}_${tables.map(safeFileStem).join('__').slice(0, 120)}.sql`, parts: [{ kind: 'data', tables }] }));
  if (order.deferredEdges.length > 0) files.push({ path: `9${'0'.repeat(width - 1)}_deferred_updates.sql`, parts: [{ kind: 'updates' }] });
  files.push({ path: `${'9'.repeat(width)}_constraints.sql`, parts: [{ kind: 'constraints' }] });
  return files;
}

/** A data-only script keeps the data, the deferred UPDATEs and the identity re-syncs (none of the DDL). */
function dataOnlyPart(p: SqlPart): SqlPart[] {
  if (p.kind === 'schema') return [];
  return p.kind === 'constraints' ? [{ kind: 'resync' }] : [p];
}

function dataOnlyFiles(files: readonly SqlFile[]): SqlFile[] {
  return files
    .map((f) => ({ path: f.path.replace(/_constraints\.sql$/, '_identity_resync.sql'), parts: f.parts.flatMap(dataOnlyPart) }))
    .filter((f) => f.parts.length > 0);
}

function allParts(order: LoadOrder, target: Target, mode: SqlFilesMode): SqlFile[] {
  if (mode === 'per-table') return perTable(order, target);
  const parts: SqlPart[] = [{ kind: 'schema' }, { kind: 'data', tables: order.tables }];
  if (order.deferredEdges.length > 0) parts.push({ kind: 'updates' });
  parts.push({ kind: 'constraints' });
  return [{ path: SINGLE_SQL_FILE, parts }];
}

/**
 * Which SQL files a run writes. `single`: `data.sql` with schema, data, deferred
 * UPDATEs and constraints. `per-table`: `000_schema.sql`, `001_<table>.sql` … (tables
 * joined by a DEFERRABLE NOT NULL cycle share one file, `001_a__b.sql`),
 * `900_deferred_updates.sql` (only when there are deferred FKs) and
 * `999_constraints.sql`; the lexical order of the names is the load order. With 900 or
 * more files of data the numbers get a fourth digit. `dataOnly` (tables created beforehand
 * from the user's own DDL) leaves out the schema and the constraints: `data.sql` holds the
 * data, the deferred UPDATEs and the identity re-syncs; per table, `000_schema.sql` is
 * gone and `999_constraints.sql` becomes `999_identity_resync.sql`.
 *
 * @example
 * ```ts
 * planSqlFiles(order, 'postgres', 'per-table').map((f) => f.path) // ['000_schema.sql', '001_companies.sql', '999_constraints.sql']
 * ```
 */
export function planSqlFiles(order: LoadOrder, target: Target, mode: SqlFilesMode, dataOnly = false): SqlFile[] {
  const files = allParts(order, target, mode);
  return dataOnly ? dataOnlyFiles(files) : files;
}
