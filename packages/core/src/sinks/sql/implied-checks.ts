import type { Expr, LogicalType } from '../../schema/index.js';
import type { Target } from '../target.js';
import { renderableOn, renderExpr } from './render-expr.js';
import { sqlSyntax } from './sql-syntaxes.js';

/** How a target declares enums and domains natively. */
export interface NativeTypes {
  /** Enums are declared as types (MySQL ENUM, PostgreSQL named enums): no IN check. */
  readonly enums: 'none' | 'all' | 'named';
  /** Domains are declared as types (PostgreSQL): their checks are not repeated. */
  readonly domains: boolean;
}

/**
 * `col IN ('a', 'b')` for an enum's values.
 *
 * @example
 * ```ts
 * enumCheck('"status"', ['new', 'done'], 'postgres') // "\"status\" IN ('new', 'done')"
 * ```
 */
export function enumCheck(columnSql: string, values: readonly string[], target: Target): string {
  const syntax = sqlSyntax(target);
  return `${columnSql} IN (${values.map((v) => syntax.stringLiteral(v)).join(', ')})`;
}

/**
 * CHECK expressions a column's type implies when the target cannot declare the type
 * itself: enum membership and the checks of (nested) domains, with the domain's
 * `VALUE` replaced by the column.
 *
 * @example
 * ```ts
 * impliedChecks({ kind: 'enum', values: ['a'] }, '[c]', 'mssql', { enums: 'none', domains: false }) // ["[c] IN (N'a')"]
 * ```
 */
export function impliedChecks(type: LogicalType, columnSql: string, target: Target, native: NativeTypes): string[] {
  const syntax = sqlSyntax(target);
  if (type.kind === 'enum') {
    const nativeEnum = native.enums === 'all' || (native.enums === 'named' && type.name !== undefined);
    return nativeEnum ? [] : [enumCheck(columnSql, type.values, target)];
  }
  if (type.kind !== 'domain' || native.domains) return [];
  const own = type.checks.filter((c) => renderableOn(c, target, 'postgres')).map((c) => renderExpr(c, target, syntax.quoteIdent, columnSql));
  return [...impliedChecks(type.base, columnSql, target, native), ...own];
}

/**
 * The longest value of an enum in characters (at least 1), for `varchar(n)` columns
 * standing in for enums.
 *
 * @example
 * ```ts
 * enumLength(['a', 'abc']) // 3
 * ```
 */
export function enumLength(values: readonly string[]): number {
  return Math.max(1, ...values.map((v) => [...v].length));
}

/** A domain CHECK {@link impliedChecks} leaves out: the target cannot declare it (a regular expression on SQLite or SQL Server). */
export interface LeftOutDomainCheck {
  readonly domain: string;
  readonly expr: Expr;
}

/**
 * The checks of a column's (nested) domains that {@link impliedChecks} leaves out because the
 * target cannot declare them, so the script can say so.
 *
 * @example
 * ```ts
 * leftOutDomainChecks(zipDomain, 'sqlite', { enums: 'all', domains: false }) // [{ domain: 'us_zip', expr }]
 * ```
 */
export function leftOutDomainChecks(type: LogicalType, target: Target, native: NativeTypes): LeftOutDomainCheck[] {
  if (type.kind !== 'domain' || native.domains) return [];
  const own = type.checks.filter((c) => !renderableOn(c, target, 'postgres')).map((expr) => ({ domain: type.name, expr }));
  return [...leftOutDomainChecks(type.base, target, native), ...own];
}
