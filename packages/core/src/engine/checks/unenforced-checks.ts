import { checkLabel, readsClock, type Expr, type Schema, type Table } from '../../schema/index.js';
import { isoFromDays, MS_PER_DAY } from '../../util/index.js';
import { evaluable } from './evaluate-check.js';
import { runtimeChecks, type RuntimeCheck } from './runtime-checks.js';

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

/** When generated rows are checked against the clock: the plan's reference date and the real day. */
export interface ClockOptions {
  /** The plan's reference date (YYYY-MM-DD), which the generator reads `CURRENT_DATE` as. */
  readonly referenceDate: string;
  /** Epoch milliseconds of the real clock (the day rows are loaded and validated on). */
  readonly now: number;
}

const NOT_CHECKED = 'rows that fail it are not redrawn, so the generators of the columns it reads must make values that pass it, or the database will reject those rows';
const CLOCK_LOWER = 'it sets a lower bound by the current date or time, which rows meet only near the reference date they are generated around, --reference-date';

function unevaluable(t: Table, c: RuntimeCheck): UnenforcedCheck {
  const sql = textOf(c.expr);
  const what = `"${t.name}" ${c.label}${sql !== undefined && !c.label.includes(sql) ? ` (${sql})` : ''}`;
  const why = readsClock(c.expr) ? CLOCK_LOWER : 'Rowforge cannot evaluate it';
  return { table: t.name, label: c.label, ...(sql === undefined ? {} : { sql }), message: `${what} is not checked by the generator (${why}): ${NOT_CHECKED}` };
}

/** The CHECKs the generator reads `CURRENT_DATE` in as the reference date, when that is after today. */
function futureClocks(t: Table, clock: ClockOptions, reported: readonly UnenforcedCheck[]): UnenforcedCheck[] {
  const today = isoFromDays(Math.floor(clock.now / MS_PER_DAY));
  if (clock.referenceDate <= today) return [];
  const labels = t.checks.filter((c) => readsClock(c.expr)).map(checkLabel).filter((l) => !reported.some((u) => u.label === l));
  return labels.map((label) => ({
    table: t.name, label,
    message: `"${t.name}" ${label} compares with the current date, which the generator reads as the reference date ` +
      `${clock.referenceDate}; that is after today (${today}), so rows may fail it: pass an earlier --reference-date`,
  }));
}

function checksOf(t: Table, clock: ClockOptions | undefined): UnenforcedCheck[] {
  const out = runtimeChecks(t).filter((c) => !evaluable(c.expr)).map((c) => unevaluable(t, c));
  return clock ? [...out, ...futureClocks(t, clock, out)] : out;
}

/**
 * The CHECKs generated rows may violate because the engine cannot evaluate them: SQL the
 * schema reader kept untranslated, a function it does not know, a regular expression outside
 * the subset it reads (`sqlRegExp`), a lower bound set by the clock (`d > CURRENT_DATE - 30`).
 * With `clock`, also the CHECKs the engine reads the clock in (`d <= CURRENT_DATE`) when the
 * reference date is after today. A database loading the rows judges them; callers warn before generating.
 *
 * @example
 * ```ts
 * for (const u of unenforcedChecks(schema, { referenceDate: plan.referenceDate, now: Date.now() })) console.warn(u.message)
 * ```
 */
export function unenforcedChecks(schema: Schema, clock?: ClockOptions): UnenforcedCheck[] {
  return schema.tables.flatMap((t) => checksOf(t, clock));
}
