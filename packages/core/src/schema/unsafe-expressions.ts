import { exprChildren, type Expr } from './expr.js';
import type { LogicalType } from './logical-type.js';
import type { Schema } from './schema.js';
import type { Table } from './table.js';

/** One part of a CHECK expression that must not be sent to a shared database server. */
export interface UnsafeExpression {
  readonly table: string;
  /** The CHECK's name, `CHECK #n` when unnamed, or `domain <name> on column <col>`. */
  readonly constraint: string;
  readonly part: 'raw' | 'function' | 'cast';
  /** The raw SQL text, function name or cast type as written. */
  readonly text: string;
}

export interface UnsafeExpressionOptions {
  /**
   * Accept `raw` nodes. True only for schemas parsed from DDL, where a raw node is the text of
   * an expression the SQL parser itself accepted; a JSON schema's raw SQL is arbitrary text.
   */
  readonly allowRaw?: boolean;
}

/** Ordinary pure SQL functions the DDL sources emit (lower case, unqualified). */
export const SAFE_CHECK_FUNCTIONS: ReadonlySet<string> = new Set([
  'length', 'char_length', 'character_length', 'octet_length', 'bit_length', 'len', 'datalength',
  'lower', 'upper', 'lcase', 'ucase', 'trim', 'ltrim', 'rtrim', 'btrim', 'substr', 'substring', 'left', 'right',
  'replace', 'concat', 'position', 'strpos', 'instr', 'locate', 'reverse', 'lpad', 'rpad', 'ascii', 'chr', 'char',
  'abs', 'round', 'floor', 'ceil', 'ceiling', 'mod', 'power', 'pow', 'sqrt', 'sign', 'trunc', 'truncate',
  'coalesce', 'nullif', 'ifnull', 'isnull', 'nvl', 'greatest', 'least', 'iif',
  'current_date', 'current_time', 'current_timestamp', 'localtime', 'localtimestamp', 'now',
  'getdate', 'getutcdate', 'sysdatetime', 'sysutcdatetime', 'curdate', 'curtime',
  'date', 'time', 'datetime', 'julianday', 'strftime', 'date_part', 'date_trunc', 'extract', 'year', 'month', 'day',
  'typeof', 'regexp_like', 'json_valid', 'isjson', 'cardinality', 'array_length',
]);

/** A plain type name with optional `(p)`/`(p, s)` and `[]`: nothing that can end the CAST. */
export const SAFE_CAST_TYPE = /^[a-z][a-z0-9 _]*(\(\d+(,\s*\d+)?\))?(\[\])?$/i;

type Emit = (part: UnsafeExpression['part'], text: string) => void;

function visit(e: Expr, emit: Emit, allowRaw: boolean): void {
  if (e.kind === 'raw' && !allowRaw) emit('raw', e.sql);
  if (e.kind === 'call' && !SAFE_CHECK_FUNCTIONS.has(e.name)) emit('function', e.name);
  if (e.kind === 'cast' && !SAFE_CAST_TYPE.test(e.to)) emit('cast', e.to);
  for (const child of exprChildren(e)) visit(child, emit, allowRaw);
}

function domainChecks(type: LogicalType, column: string): { label: string; expr: Expr }[] {
  if (type.kind === 'array') return domainChecks(type.element, column);
  if (type.kind !== 'domain') return [];
  const own = type.checks.map((expr) => ({ label: `domain ${type.name} on column ${column}`, expr }));
  return [...own, ...domainChecks(type.base, column)];
}

function tableChecks(table: Table): { label: string; expr: Expr }[] {
  const own = table.checks.map((c, i) => ({ label: c.name ?? `CHECK #${i + 1}`, expr: c.expr }));
  return [...own, ...table.columns.flatMap((c) => domainChecks(c.type, c.name))];
}

/**
 * The parts of a schema's CHECK (and domain CHECK) expressions that are not safe to render
 * into SQL run on a shared server: `raw` SQL (unless `allowRaw`), function names outside
 * {@link SAFE_CHECK_FUNCTIONS}, and cast types that do not match {@link SAFE_CAST_TYPE}.
 * Empty when the schema is safe.
 *
 * @example
 * ```ts
 * unsafeExpressions(jsonSchema) // [{ table: 't', constraint: 'ok', part: 'raw', text: 'true); DROP …' }]
 * ```
 */
export function unsafeExpressions(schema: Schema, options: UnsafeExpressionOptions = {}): UnsafeExpression[] {
  const out: UnsafeExpression[] = [];
  for (const table of schema.tables) {
    for (const { label, expr } of tableChecks(table)) {
      visit(expr, (part, text) => out.push({ table: table.name, constraint: label, part, text }), options.allowRaw === true);
    }
  }
  return out;
}
