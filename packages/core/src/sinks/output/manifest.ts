import { z } from 'zod';
import { describeType, getTable, type FkEdge, type GeneratedData } from '../../schema/index.js';
import type { TableFile, WrittenFile } from '../bytes/file-set.js';

/** Output formats of {@link writeOutput}. */
export const OUTPUT_FORMATS = ['csv', 'json', 'ndjson', 'sql', 'zip', 'parquet'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const ForeignKeyRefSchema = z.object({
  /** Child table. */
  table: z.string(),
  columns: z.array(z.string()),
  /** Parent table. */
  refTable: z.string(),
  refColumns: z.array(z.string()),
  name: z.string().optional(),
});

const WrittenFileSchema = z.object({ path: z.string(), bytes: z.number().int().nonnegative() });

/**
 * `manifest.json`, written last into every output directory. Fields:
 *
 * - `format`: always `'rowforge.manifest'`; `version`: `1`.
 * - `generatorVersion`, `seed`, `planHash`: identify the run (same values → same bytes).
 * - `target`: the database the files are spelled for (`postgres|mysql|sqlite|mssql`).
 * - `outputFormat`: `csv|json|ndjson|sql|zip`; `sqlFiles` (`single|per-table`) for `sql`.
 * - `archive`: for `zip`, the archive's path in the directory (`data.zip`) and its
 *   entries with uncompressed sizes.
 * - `loadOrder`: table names, parents first.
 * - `deferredForeignKeys`: nullable FKs in cycles, `{ table, columns, refTable,
 *   refColumns, name? }`. In SQL output their columns are inserted as NULL and filled
 *   by UPDATE; in CSV/JSON the files hold the final values and the constraint is in
 *   `constraints.sql`.
 * - `deferrableForeignKeys`: NOT NULL FKs in DEFERRABLE cycles, same shape.
 * - `tables`: in load order, `{ name, rows, columns: [{ name, type, nullable }], file }`;
 *   `type` is `describeType()` (e.g. `varchar(100)`); `file` is the table's data file
 *   relative to the directory, or the entry name inside `archive.path` for `zip`, or the
 *   SQL script holding its INSERTs.
 * - `files`: every file in the directory except `manifest.json`, `{ path, bytes }`,
 *   including the caller's extra files (e.g. `plan.json`, `validation.json`).
 */
export const ManifestSchema = z.object({
  format: z.literal('rowforge.manifest'),
  version: z.literal(1),
  generatorVersion: z.string(),
  seed: z.string(),
  planHash: z.string(),
  target: z.enum(['postgres', 'mysql', 'sqlite', 'mssql']),
  outputFormat: z.enum(OUTPUT_FORMATS),
  sqlFiles: z.enum(['single', 'per-table']).optional(),
  archive: z.object({ path: z.string(), files: z.array(WrittenFileSchema) }).optional(),
  loadOrder: z.array(z.string()),
  deferredForeignKeys: z.array(ForeignKeyRefSchema),
  deferrableForeignKeys: z.array(ForeignKeyRefSchema),
  tables: z.array(z.object({
    name: z.string(),
    rows: z.number().int().nonnegative(),
    columns: z.array(z.object({ name: z.string(), type: z.string(), nullable: z.boolean() })),
    file: z.string(),
  })),
  files: z.array(WrittenFileSchema),
  /** Set on a shard's manifest (`manifest.part-…json`): which part, and each table's row range. */
  part: z.object({ index: z.number().int().nonnegative(), count: z.number().int().positive() }).optional(),
});

export type Manifest = z.infer<typeof ManifestSchema>;

/** What {@link buildManifest} needs besides the data. */
export interface ManifestInput {
  readonly target: Manifest['target'];
  readonly outputFormat: OutputFormat;
  readonly sqlFiles?: 'single' | 'per-table';
  readonly tables: readonly TableFile[];
  readonly files: readonly WrittenFile[];
  readonly archive?: { readonly path: string; readonly files: readonly WrittenFile[] };
  readonly part?: { readonly index: number; readonly count: number };
}

function fkRef(e: FkEdge): z.infer<typeof ForeignKeyRefSchema> {
  const ref = { table: e.child, columns: [...e.fk.columns], refTable: e.parent, refColumns: [...e.fk.refColumns] };
  return e.fk.name === undefined ? ref : { ...ref, name: e.fk.name };
}

/**
 * Builds the manifest of a run (see {@link ManifestSchema} for every field).
 *
 * @example
 * ```ts
 * const m = buildManifest(data, { target: 'postgres', outputFormat: 'csv', tables, files })
 * writeFileSync('out/manifest.json', JSON.stringify(m, null, 2))
 * ```
 */
export function buildManifest(data: GeneratedData, input: ManifestInput): Manifest {
  const tables = input.tables.map((t) => {
    const table = getTable(data.schema, t.name);
    const columns = table.columns.map((c) => ({ name: c.name, type: describeType(c.type), nullable: c.nullable }));
    return { name: table.name, rows: t.rows, columns, file: t.file };
  });
  return {
    format: 'rowforge.manifest', version: 1,
    generatorVersion: data.generatorVersion, seed: data.seed, planHash: data.planHash,
    target: input.target, outputFormat: input.outputFormat,
    ...(input.sqlFiles ? { sqlFiles: input.sqlFiles } : {}),
    ...(input.archive ? { archive: { path: input.archive.path, files: [...input.archive.files] } } : {}),
    loadOrder: [...data.order.tables],
    deferredForeignKeys: data.order.deferredEdges.map(fkRef),
    deferrableForeignKeys: data.order.deferrableEdges.map(fkRef),
    ...(data.order.lateEdges.length > 0 ? { lateForeignKeys: data.order.lateEdges.map(fkRef) } : {}),
    tables,
    files: [...input.files],
    ...(input.part ? { part: { index: input.part.index, count: input.part.count } } : {}),
  };
}
