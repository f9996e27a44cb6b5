import { baseType, type LiteralValue } from '../../schema/index.js';
import type { Target } from '../target.js';
import type { ColumnContext, SqlDialect } from './sql-dialect.js';

const TRUE_TEXT = /^(true|t|yes|y|on|1)$/i;
const FALSE_TEXT = /^(false|f|no|n|off|0)$/i;
const NUMBER_TEXT = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;
const NOW = /^(current_timestamp(\(\d*\))?|now\(\)|localtimestamp(\(\d*\))?|getdate\(\)|getutcdate\(\)|sysdatetime\(\)|sysutcdatetime\(\)|sysdatetimeoffset\(\)|datetime\('now'\))$/i;

const UUID_FUNCTION = /^(gen_random_uuid|uuid_generate_v4|uuid|newid|newsequentialid)\(\)$/i;

/** Each target's built-in random UUID, as a DEFAULT (SQLite has none). */
const UUID_DEFAULT: Readonly<Record<Target, string | undefined>> = { postgres: 'gen_random_uuid()', mysql: '(UUID())', mssql: 'NEWID()', sqlite: undefined };

/** A column that holds a UUID's text: uuid, or a string type of 36 characters or more. */
function holdsUuid(ctx: ColumnContext): boolean {
  const t = baseType(ctx.type);
  return t.kind === 'uuid' || (t.kind === 'string' && (t.length === undefined || t.length >= 36));
}

/** A random-UUID DEFAULT (`gen_random_uuid()`, `uuid_generate_v4()`, `UUID()`, `NEWID()`) in the target's spelling. */
function uuidDefault(sql: string, ctx: ColumnContext, d: SqlDialect): string | undefined {
  return UUID_FUNCTION.test(sql) && holdsUuid(ctx) ? UUID_DEFAULT[d.target] : undefined;
}

function booleanDefault(v: LiteralValue, d: SqlDialect): string | undefined {
  if (typeof v === 'boolean') return d.booleanLiteral(v);
  if (typeof v === 'number') return d.booleanLiteral(v !== 0);
  if (typeof v === 'string' && TRUE_TEXT.test(v)) return d.booleanLiteral(true);
  return typeof v === 'string' && FALSE_TEXT.test(v) ? d.booleanLiteral(false) : undefined;
}

function numberDefault(v: LiteralValue): string | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (typeof v === 'boolean') return v ? '1' : '0';
  return typeof v === 'string' && NUMBER_TEXT.test(v.trim()) ? v.trim() : undefined;
}

function literalDefault(v: LiteralValue, ctx: ColumnContext, d: SqlDialect): string | undefined {
  if (v === null) return 'NULL';
  const kind = baseType(ctx.type).kind;
  if (kind === 'boolean') return booleanDefault(v, d);
  if (kind === 'int' || kind === 'decimal' || kind === 'float') return numberDefault(v);
  if (kind === 'bytes' || kind === 'array') return undefined;
  return d.stringLiteral(String(v));
}

/** Strips wrapping parentheses and PostgreSQL `::type` casts from a default expression. */
function unwrap(sql: string): string {
  let s = sql.trim();
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(/::[\w\s."]+(\(\d+(,\s*\d+)?\))?(\[\])?$/, '').trim();
    if (/^\((.*)\)$/s.test(s)) s = s.slice(1, -1).trim();
  }
  return s;
}

function expressionDefault(sql: string, ctx: ColumnContext, d: SqlDialect): string | undefined {
  const s = unwrap(sql);
  if (UUID_FUNCTION.test(s)) return uuidDefault(s, ctx, d);
  if (NOW.test(s)) return baseType(ctx.type).kind === 'timestamp' ? d.currentTimestamp : undefined;
  if (/^null$/i.test(s)) return 'NULL';
  if (/^(true|false)$/i.test(s)) return literalDefault(s.toLowerCase() === 'true', ctx, d);
  if (NUMBER_TEXT.test(s)) return literalDefault(Number(s), ctx, d);
  const quoted = /^[EN]?'((?:[^']|'')*)'$/is.exec(s);
  return quoted ? literalDefault((quoted[1] as string).replaceAll("''", "'"), ctx, d) : undefined;
}

/**
 * The `DEFAULT` clause value for a column, or undefined when there is none to emit:
 * literal defaults are converted to the column's type; expression defaults are kept
 * only when portable (CURRENT_TIMESTAMP and its synonyms on timestamp columns, a random
 * UUID function on a uuid column as the target spells it, or an expression that is really
 * a literal, e.g. `('x'::text)` or `((0))`). Identity
 * columns get no default.
 *
 * @example
 * ```ts
 * renderDefault(ctxOf({ kind: 'literal', value: 'new' }), postgresDialect) // "'new'"
 * ```
 */
export function renderDefault(ctx: ColumnContext, d: SqlDialect): string | undefined {
  const def = ctx.column.default;
  if (def === undefined || ctx.column.autoIncrement !== undefined) return undefined;
  const sql = def.kind === 'literal' ? literalDefault(def.value, ctx, d) : expressionDefault(def.sql, ctx, d);
  if (sql === undefined || sql === 'NULL' || sql === d.currentTimestamp || sql === UUID_DEFAULT[d.target]) return sql;
  return d.parenthesizeDefault(ctx) ? `(${sql})` : sql;
}
