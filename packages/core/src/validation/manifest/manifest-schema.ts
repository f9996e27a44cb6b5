import { z } from 'zod';

const TARGETS = ['postgres', 'mysql', 'sqlite', 'mssql'] as const;

/** A FK edge the writer deferred (filled in a second pass), whatever spelling the manifest used. */
export interface DeferredEdge {
  readonly child?: string;
  readonly parent?: string;
  readonly columns?: readonly string[];
  readonly name?: string;
}

const stringList = z.array(z.string());

const DeferredEdgeSchema = z
  .union([
    z.string().transform((name): DeferredEdge => ({ name })),
    z.looseObject({
      table: z.string().optional(), child: z.string().optional(), from: z.string().optional(),
      refTable: z.string().optional(), parent: z.string().optional(), to: z.string().optional(),
      columns: stringList.optional(), name: z.string().optional(), constraint: z.string().optional(),
      fk: z.looseObject({ name: z.string().optional(), columns: stringList.optional(), refTable: z.string().optional() }).optional(),
    }).transform((e): DeferredEdge => {
      const child = e.table ?? e.child ?? e.from;
      const parent = e.refTable ?? e.parent ?? e.to ?? e.fk?.refTable;
      const columns = e.columns ?? e.fk?.columns;
      const name = e.name ?? e.constraint ?? e.fk?.name;
      return { ...(child ? { child } : {}), ...(parent ? { parent } : {}), ...(columns ? { columns } : {}), ...(name ? { name } : {}) };
    }),
  ]);

const ManifestTableSchema = z.looseObject({
  name: z.string().min(1),
  rows: z.number().int().nonnegative(),
  file: z.string().optional(),
  columns: z.array(z.looseObject({ name: z.string() })).optional(),
});

/**
 * The parts of `manifest.json` the validator reads; unknown keys are allowed so newer
 * writers stay readable.
 */
export const ManifestSchema = z.looseObject({
  format: z.literal('rowforge.manifest'),
  version: z.literal(1),
  target: z.enum(TARGETS).optional(),
  outputFormat: z.string(),
  loadOrder: stringList.default([]),
  deferredForeignKeys: z.array(DeferredEdgeSchema).default([]),
  /** Edges of NOT NULL cycles loaded in one transaction with DEFERRABLE constraints. */
  deferrableForeignKeys: z.array(DeferredEdgeSchema).default([]),
  /** NOT NULL, non-DEFERRABLE edges breaking a cycle: enforced once every row is in. */
  lateForeignKeys: z.array(DeferredEdgeSchema).default([]),
  /** ZIP output: the archive's path in the directory. */
  archive: z.looseObject({ path: z.string() }).optional(),
  tables: z.array(ManifestTableSchema),
  files: z.array(z.looseObject({ path: z.string(), bytes: z.number().optional() })).default([]),
});

export type Manifest = z.output<typeof ManifestSchema>;
export type ManifestTable = z.output<typeof ManifestTableSchema>;
