import { z } from 'zod';
import { ExprSchema, type Expr } from './expr.js';
import { LogicalTypeSchema, type LogicalType } from './logical-type.js';

export type ColumnDefault =
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null }
  | { readonly kind: 'expression'; readonly sql: string };

/** How the database would number this column on its own; Rowforge still fills it explicitly. */
export type AutoIncrement = 'identity-always' | 'identity-by-default' | 'serial' | 'auto-increment' | 'sequence';

export interface Column {
  readonly name: string;
  readonly type: LogicalType;
  readonly nullable: boolean;
  readonly default?: ColumnDefault;
  readonly autoIncrement?: AutoIncrement;
  /** Sequence name when the default is `nextval('seq')` or the column is serial/identity in PostgreSQL. */
  readonly sequence?: string;
  readonly comment?: string;
}

export interface PrimaryKey { readonly name?: string; readonly columns: readonly string[] }
export interface UniqueConstraint { readonly name?: string; readonly columns: readonly string[] }
export interface CheckConstraint { readonly name?: string; readonly expr: Expr; readonly sql: string }

/** How messages name a CHECK: `CHECK name`, or `CHECK (sql)` when it has no (or an empty) name. */
export function checkLabel(check: CheckConstraint): string {
  return check.name ? `CHECK ${check.name}` : `CHECK (${check.sql})`;
}
export interface ForeignKey {
  readonly name?: string;
  readonly columns: readonly string[];
  readonly refTable: string;
  readonly refColumns: readonly string[];
  readonly onDelete?: string;
  readonly onUpdate?: string;
  readonly deferrable: boolean;
  readonly initiallyDeferred: boolean;
}

/**
 * A secondary (non-unique) index over plain columns, as the DDL declared it: `columns` in key
 * order; `descending[i]` is true for a `DESC` key part (absent when every part is ascending).
 * Created after the data by the SQL writers and loaders; the generator does not read it.
 */
export interface TableIndex {
  readonly name?: string;
  readonly columns: readonly string[];
  readonly descending?: readonly boolean[];
  /**
   * One per key part: the declared prefix length (MySQL `b(10)`: characters, bytes for binary
   * columns), null for the whole column. Absent when no key part has one. Read by MySQL only.
   */
  readonly prefixes?: readonly (number | null)[];
}

export interface Table {
  readonly name: string;
  readonly columns: readonly Column[];
  readonly primaryKey?: PrimaryKey;
  readonly uniques: readonly UniqueConstraint[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly checks: readonly CheckConstraint[];
  /** Secondary indexes; absent or empty when the DDL declares none. */
  readonly indexes?: readonly TableIndex[];
  readonly comment?: string;
}

const name = z.string().min(1);

export const ColumnDefaultSchema: z.ZodType<ColumnDefault> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('literal'), value: z.union([z.string(), z.number(), z.boolean(), z.null()]) }),
  z.object({ kind: z.literal('expression'), sql: z.string() }),
]);

export const ColumnSchema: z.ZodType<Column> = z.object({
  name,
  type: LogicalTypeSchema,
  nullable: z.boolean(),
  default: ColumnDefaultSchema.optional(),
  autoIncrement: z.enum(['identity-always', 'identity-by-default', 'serial', 'auto-increment', 'sequence']).optional(),
  sequence: z.string().optional(),
  comment: z.string().optional(),
});

const columnList = z.array(name).min(1);

export const TableSchema: z.ZodType<Table> = z.object({
  name,
  columns: z.array(ColumnSchema),
  primaryKey: z.object({ name: z.string().optional(), columns: columnList }).optional(),
  uniques: z.array(z.object({ name: z.string().optional(), columns: columnList })).default([]),
  foreignKeys: z
    .array(
      z.object({
        name: z.string().optional(),
        columns: columnList,
        refTable: name,
        refColumns: columnList,
        onDelete: z.string().optional(),
        onUpdate: z.string().optional(),
        deferrable: z.boolean().default(false),
        initiallyDeferred: z.boolean().default(false),
      }),
    )
    .default([]),
  checks: z.array(z.object({ name: z.string().optional(), expr: ExprSchema, sql: z.string() })).default([]),
  indexes: z
    .array(z.object({ name: z.string().optional(), columns: columnList, descending: z.array(z.boolean()).optional(), prefixes: z.array(z.number().int().positive().nullable()).optional() }))
    .default([]),
  comment: z.string().optional(),
});
