import type { IntType, LogicalType, Schema } from '../../../schema/index.js';
import { fittingInt, signedLadder } from '../fitting-int.js';
import { enumCheck, enumLength, impliedChecks, type NativeTypes } from '../implied-checks.js';
import { renderExpr } from '../render-expr.js';
import type { ColumnContext } from '../sql-dialect.js';
import { doubleQuoteIdent as q, standardStringLiteral } from '../sql-strings.js';

const INTS = signedLadder(['smallint', 'integer', 'bigint']);

const intType = (t: IntType): string => fittingInt(t, INTS, 'numeric(20,0)');

/** `inet`, `cidr`, `macaddr` and `xml` keep their own type. */
function stringType(t: Extract<LogicalType, { kind: 'string' }>): string {
  if (t.format !== undefined) return t.format;
  if (t.variant === 'text') return 'text';
  const name = t.variant === 'char' ? 'char' : 'varchar';
  return t.length === undefined ? name : `${name}(${t.length})`;
}

/**
 * The PostgreSQL type for a logical type. Named enums and domains are referenced by
 * name (see {@link postgresTypeDefinitions}); inline enums become `varchar(n)`.
 *
 * @example
 * ```ts
 * postgresType({ kind: 'timestamp', withTimeZone: true }) // 'timestamptz'
 * ```
 */
export function postgresType(t: LogicalType): string {
  switch (t.kind) {
    case 'int': return intType(t);
    case 'decimal': return `numeric(${t.precision},${t.scale})`;
    case 'float': return t.bits === 32 ? 'real' : 'double precision';
    case 'string': return stringType(t);
    case 'timestamp': return t.withTimeZone ? 'timestamptz' : 'timestamp';
    case 'json': return t.binary ? 'jsonb' : 'json';
    case 'bytes': return 'bytea';
    case 'enum': return t.name === undefined ? `varchar(${enumLength(t.values)})` : q(t.name);
    case 'array': return `${postgresType(t.element)}[]`;
    case 'domain': return q(t.name);
    default: return t.kind;
  }
}

type Named = Extract<LogicalType, { kind: 'enum' | 'domain' }>;

function collectNamed(t: LogicalType, out: Map<string, Named>): void {
  if (t.kind === 'array') collectNamed(t.element, out);
  if (t.kind === 'domain') collectNamed(t.base, out);
  if ((t.kind === 'enum' && t.name !== undefined) || t.kind === 'domain') {
    const name = t.name as string;
    if (!out.has(name)) out.set(name, t);
  }
}

function createDomain(d: Extract<LogicalType, { kind: 'domain' }>): string {
  const checks = d.base.kind === 'enum' && d.base.name === undefined ? [enumCheck('VALUE', d.base.values, 'postgres')] : [];
  checks.push(...d.checks.map((c) => renderExpr(c, 'postgres', q, 'VALUE')));
  const notNull = d.notNull ? ' NOT NULL' : '';
  return `CREATE DOMAIN ${q(d.name)} AS ${postgresType(d.base)}${notNull}${checks.map((c) => ` CHECK (${c})`).join('')};`;
}

/** The named enums and domains the schema's columns use, each once, dependencies first. */
function namedTypes(schema: Schema): Named[] {
  const named = new Map<string, Named>();
  schema.tables.forEach((t) => t.columns.forEach((c) => collectNamed(c.type, named)));
  return [...named.values()];
}

/**
 * `DROP TYPE|DOMAIN IF EXISTS` for every type {@link postgresTypeDefinitions} creates, dependents
 * first, qualified by `schema` when given. No CASCADE: a type another table still uses stays,
 * and the statement fails saying which.
 *
 * @example
 * ```ts
 * postgresDropTypes(schema, 'public') // ['DROP TYPE IF EXISTS "public"."mood";']
 * ```
 */
export function postgresDropTypes(schema: Schema, qualifier?: string): string[] {
  const prefix = qualifier === undefined ? '' : `${q(qualifier)}.`;
  return namedTypes(schema).reverse().map((t) => `DROP ${t.kind === 'enum' ? 'TYPE' : 'DOMAIN'} IF EXISTS ${prefix}${q(t.name as string)};`);
}

/**
 * `CREATE TYPE ... AS ENUM` for every named enum and `CREATE DOMAIN` for every domain
 * the schema uses, each once, dependencies first.
 *
 * @example
 * ```ts
 * postgresTypeDefinitions(schema) // ["CREATE TYPE \"mood\" AS ENUM ('sad', 'ok');"]
 * ```
 */
export function postgresTypeDefinitions(schema: Schema): string[] {
  return namedTypes(schema).map((t) =>
    t.kind === 'enum' ? `CREATE TYPE ${q(t.name as string)} AS ENUM (${t.values.map(standardStringLiteral).join(', ')});` : createDomain(t),
  );
}

/** PostgreSQL declares named enums and every domain itself (CREATE TYPE, CREATE DOMAIN). */
export const POSTGRES_NATIVE_TYPES: NativeTypes = { enums: 'named', domains: true };

/**
 * CHECKs for inline enums (and arrays of them): `"c" IN (...)`, `"c" <@ ARRAY[...]`.
 *
 * @example
 * ```ts
 * postgresTypeChecks(ctx) // ["\"status\" IN ('new', 'done')"]
 * ```
 */
export function postgresTypeChecks(ctx: ColumnContext): string[] {
  const col = q(ctx.column.name);
  const t = ctx.type;
  if (t.kind === 'array' && t.element.kind === 'enum' && t.element.name === undefined) {
    const values = t.element.values.map(standardStringLiteral).join(', ');
    return [`${col} <@ ARRAY[${values}]::${postgresType(t.element)}[]`];
  }
  return impliedChecks(t, col, 'postgres', POSTGRES_NATIVE_TYPES);
}
