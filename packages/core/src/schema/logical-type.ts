import { z } from 'zod';
import type { Expr } from './expr.js';
import { ExprSchema } from './expr.js';
import { intTypeName } from './int-range.js';
import { STRING_FORMATS, type StringFormat } from './string-format.js';

export { INET_LENGTH, MACADDR_LENGTH, STRING_FORMATS, type StringFormat } from './string-format.js';
export { isUnixTimestamp, timestampRange, UNIX_TIMESTAMP_DAYS, UNIX_TIMESTAMP_MS, type TimestampType } from './timestamp-range.js';

/**
 * Dialect-neutral column types. Every source maps its native types here and every
 * sink maps them back out, so a schema read from MySQL can be emitted for PostgreSQL.
 * MySQL's own ranges are flagged where other dialects have none: YEAR (`int` with `year`),
 * TIMESTAMP (`timestamp` with `unix`: 1970…2038, see {@link isUnixTimestamp}). Strings whose form
 * a database checks (`inet`, `cidr`, `macaddr`, `xml`) carry a `format` (see {@link StringFormat}).
 */
export type LogicalType =
  | { readonly kind: 'int'; readonly bits: 8 | 16 | 24 | 32 | 64; readonly unsigned?: boolean; readonly year?: boolean }
  | { readonly kind: 'decimal'; readonly precision: number; readonly scale: number }
  | { readonly kind: 'float'; readonly bits: 32 | 64 }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'string'; readonly variant: 'char' | 'varchar' | 'text'; readonly length?: number; readonly format?: StringFormat }
  | { readonly kind: 'date' }
  | { readonly kind: 'time' }
  | { readonly kind: 'timestamp'; readonly withTimeZone: boolean; readonly unix?: boolean }
  | { readonly kind: 'uuid' }
  | { readonly kind: 'json'; readonly binary: boolean }
  | { readonly kind: 'bytes'; readonly length?: number }
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly name?: string }
  | { readonly kind: 'array'; readonly element: LogicalType }
  | {
      readonly kind: 'domain';
      readonly name: string;
      readonly base: LogicalType;
      readonly notNull: boolean;
      readonly checks: readonly Expr[];
    };

export type LogicalTypeKind = LogicalType['kind'];

export const LogicalTypeSchema: z.ZodType<LogicalType> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('int'),
      bits: z.union([z.literal(8), z.literal(16), z.literal(24), z.literal(32), z.literal(64)]),
      unsigned: z.boolean().optional(),
      year: z.boolean().optional(),
    }),
    z.object({ kind: z.literal('decimal'), precision: z.number().int().min(1).max(1000), scale: z.number().int().min(0) }),
    z.object({ kind: z.literal('float'), bits: z.union([z.literal(32), z.literal(64)]) }),
    z.object({ kind: z.literal('boolean') }),
    z.object({
      kind: z.literal('string'),
      variant: z.enum(['char', 'varchar', 'text']),
      length: z.number().int().positive().optional(),
      format: z.enum(STRING_FORMATS).optional(),
    }),
    z.object({ kind: z.literal('date') }),
    z.object({ kind: z.literal('time') }),
    z.object({ kind: z.literal('timestamp'), withTimeZone: z.boolean(), unix: z.boolean().optional() }),
    z.object({ kind: z.literal('uuid') }),
    z.object({ kind: z.literal('json'), binary: z.boolean() }),
    z.object({ kind: z.literal('bytes'), length: z.number().int().positive().optional() }),
    z.object({ kind: z.literal('enum'), values: z.array(z.string()), name: z.string().optional() }),
    z.object({ kind: z.literal('array'), element: LogicalTypeSchema.refine((t) => t.kind !== 'array', 'arrays of arrays are not supported: PostgreSQL treats int[][] as int[]; use one array level') }),
    z.object({
      kind: z.literal('domain'),
      name: z.string(),
      base: LogicalTypeSchema,
      notNull: z.boolean(),
      checks: z.array(ExprSchema),
    }),
  ]),
);

/** The non-domain type a value of this type is stored as. */
export function baseType(t: LogicalType): Exclude<LogicalType, { kind: 'domain' }> {
  return t.kind === 'domain' ? baseType(t.base) : t;
}

/** The CHECKs of a type's domain and of the domains under it (none for other types). */
export function domainChecks(t: LogicalType): readonly Expr[] {
  return t.kind === 'domain' ? [...t.checks, ...domainChecks(t.base)] : [];
}

/** Human-readable type name, e.g. `varchar(100)`, `decimal(10,2)`. */
export function describeType(t: LogicalType): string {
  switch (t.kind) {
    case 'int': return intTypeName(t);
    case 'decimal': return `decimal(${t.precision},${t.scale})`;
    case 'float': return t.bits === 32 ? 'real' : 'double';
    case 'string': return t.format ?? (t.length === undefined ? t.variant : `${t.variant}(${t.length})`);
    case 'timestamp': return t.withTimeZone ? 'timestamptz' : 'timestamp';
    case 'json': return t.binary ? 'jsonb' : 'json';
    case 'enum': return t.name ?? `enum(${t.values.join(',')})`;
    case 'array': return `${describeType(t.element)}[]`;
    case 'domain': return t.name;
    default: return t.kind;
  }
}
