import type { Expr, Schema } from '../../schema/index.js';
import { evaluable } from './evaluate-check.js';
import { runtimeChecks } from './runtime-checks.js';

/** A CHECK (table or domain, also a domain's base domain) the generator cannot evaluate, so it cannot redraw rows that fail it. */
export interface UnenforcedCheck {
  readonly table: string;
  /** e.g. `CHECK (code ~ '^[A-Z]{3}$')` or `domain us_zip on post`. */
  readonly label: string;
  /** The untranslated SQL when the check is one raw fragment; `VALUE ~ '…'` when it is a regular expression Rowforge cannot read. */
  readonly sql?: string;
  /** One line for a warning: what, why, and how to make the rows pass. */
  readonly message: string;
}

/** The text to name a CHECK by: its raw SQL, or a regex match spelled as in PostgreSQL. */
function textOf(e: Expr): string | undefined {
  if (e.kind === 'raw') return e.sql;
  if (e.kind !== 'regex' || e.pattern.kind !== 'literal') return undefined;
  const operand = e.operand.kind === 'value' ? 'VALUE' : e.operand.kind === 'column' ? e.operand.name : '…';
  return `${operand} ${e.negated ? '!' : ''}~${e.caseInsensitive ? '*' : ''} '${String(e.pattern.value).replaceAll("'", "''")}'`;
}

/**
 * The CHECKs generated rows may violate because the engine cannot evaluate them: SQL the
 * schema reader kept untranslated, a function it does not know, or a regular expression outside
 * the subset it reads (`sqlRegExp`). A database loading the rows judges them; callers warn before generating.
 *
 * @example
 * ```ts
 * for (const u of unenforcedChecks(schema)) console.warn(u.message)
 * ```
 */
export function unenforcedChecks(schema: Schema): UnenforcedCheck[] {
  return schema.tables.flatMap((t) => runtimeChecks(t).filter((c) => !evaluable(c.expr)).map((c) => {
    const sql = textOf(c.expr);
    const what = `"${t.name}" ${c.label}${sql !== undefined && !c.label.includes(sql) ? ` (${sql})` : ''}`;
    return {
      table: t.name, label: c.label, ...(sql === undefined ? {} : { sql }),
      message: `${what} is not checked by the generator (Rowforge cannot evaluate it): rows that fail it are not redrawn, ` +
        'so the generators of the columns it reads must make values that pass it, or the database will reject those rows',
    };
  }));
}
