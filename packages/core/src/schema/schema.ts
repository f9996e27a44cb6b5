import { z } from 'zod';
import { RowforgeError } from '../errors/index.js';
import { TableSchema, type Column, type Table } from './table.js';

export type Dialect = 'postgres' | 'mysql' | 'sqlite' | 'mssql';
export const DIALECTS: readonly Dialect[] = ['postgres', 'mysql', 'sqlite', 'mssql'];

/** A whole database schema: immutable, JSON round-trippable. */
export interface Schema {
  readonly format: 'rowforge.schema';
  readonly version: 1;
  /** The dialect the schema was read from, if it came from DDL. */
  readonly sourceDialect?: Dialect;
  readonly tables: readonly Table[];
}

export const SchemaSchema: z.ZodType<Schema> = z.object({
  format: z.literal('rowforge.schema'),
  version: z.literal(1),
  sourceDialect: z.enum(['postgres', 'mysql', 'sqlite', 'mssql']).optional(),
  tables: z.array(TableSchema),
});

/** Deep-freezes a plain JSON-like value. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Validates and freezes a schema object (e.g. parsed from the model's own JSON).
 *
 * @example
 * ```ts
 * const schema = createSchema(JSON.parse(readFileSync('schema.json', 'utf8')))
 * ```
 */
export function createSchema(input: unknown): Schema {
  const result = SchemaSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    throw new RowforgeError('SCHEMA_INVALID', `invalid schema JSON at ${path || '<root>'}: ${issue?.message ?? 'unknown'}`, {
      path,
      issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return deepFreeze(result.data);
}

/** The schema as plain JSON text (stable key order as stored). */
export function schemaToJson(schema: Schema): string {
  return JSON.stringify(schema, null, 2);
}

export function findTable(schema: Schema, name: string): Table | undefined {
  return schema.tables.find((t) => t.name === name) ?? schema.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
}

export function findColumn(table: Table, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name) ?? table.columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
}

export function getTable(schema: Schema, name: string): Table {
  const t = findTable(schema, name);
  if (!t) throw new RowforgeError('FK_UNKNOWN_TABLE', `unknown table "${name}"`, { table: name });
  return t;
}
