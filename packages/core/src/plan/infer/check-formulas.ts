import type { Expr, Table } from '../../schema/index.js';
import { baseType, columnsOf } from '../../schema/index.js';
import type { FormulaTerm } from '../column-spec.js';
import { conjuncts } from '../compile-checks.js';
import type { FormulaSpec } from '../formula-operands.js';
import { wordsOf } from './column-context.js';
import { floatFormulas } from './float-formulas.js';
import { FORMULA_NAMES as N } from './formula-names.js';
import { columnName, merged, monomialsOf, numberOf, tidy, type Monomial } from './linear-terms.js';

/** A column a CHECK computes from others: `line_total = quantity * unit_price` gives `line_total`. */
export interface CheckedFormula {
  readonly target: string;
  readonly spec: FormulaSpec;
}

/** What a table's CHECKs say about arithmetic between its columns. */
export interface CheckArithmetic {
  /** Per equality read, the formulas it allows, likeliest first (`a = b`: `a` from `b`, else `b` from `a`). */
  readonly formulas: readonly (readonly CheckedFormula[])[];
  /** Lower-case columns in equalities with arithmetic the reader cannot follow (`total = subtotal * tax`): no formula is guessed for them. */
  readonly pinned: ReadonlySet<string>;
}

/** Names of results, likeliest first: a total before the subtotal it adds up. */
const RESULT_NAMES: readonly string[] = [...N.sum, ...N.product, ...N.payable];
/** Last words of a result's name (`order_total`, `net_amount`, `gross`). */
const RESULT_WORDS = new Set(['total', 'amount', 'gross', 'sum', 'due', 'balance']);

function termOf(m: Monomial): FormulaTerm | undefined {
  const [column, times] = m.columns;
  if (column === undefined || m.columns.length > 2) return undefined;
  const factor = Math.abs(m.factor);
  const rate = m.rate ? { lessRate: m.rate.rate, ...(m.rate.percent ? { ratePercent: true } : {}) } : {};
  return { column, ...(times ? { times } : {}), ...(factor === 1 ? {} : { factor }), ...rate, ...(m.factor < 0 ? { minus: true } : {}) };
}

/** The formula `target = sum + plus`, or undefined when a monomial is no term (three columns, a constant times a rate). */
function formulaOf(target: string, rest: readonly Monomial[], plus: number, round?: number): CheckedFormula | undefined {
  const sum = rest.map(termOf);
  if (sum.length === 0 || sum.some((t) => t === undefined)) return undefined;
  const extra = { ...(plus === 0 ? {} : { plus }), ...(round === undefined ? {} : { round }) };
  return { target, spec: { generator: 'formula', sum: sum as FormulaTerm[], ...extra } };
}

const mentions = (m: Monomial, name: string): boolean => [...m.columns, ...(m.rate ? [m.rate.rate] : [])].some((c) => c.toLowerCase() === name.toLowerCase());

const flatName = (name: string): string => wordsOf(name).join('');
const isPaid = (name: string): boolean => (N.paid as readonly string[]).includes(flatName(name));

/**
 * How likely a column is the one computed: what is left to pay beside a payment (`amount_due =
 * total - amount_paid`: the balance, not the total), a result's name (by the list's order), a
 * result's last word, alone on its side, else any.
 */
function rankOf(name: string, lone: readonly (string | undefined)[], paying = false): number {
  const words = wordsOf(name);
  if (paying && (N.balance as readonly string[]).includes(words.join(''))) return -1;
  const named = RESULT_NAMES.indexOf(words.join(''));
  if (named >= 0) return named;
  if (RESULT_WORDS.has(words.at(-1) ?? '')) return RESULT_NAMES.length;
  return RESULT_NAMES.length + (lone.includes(name) ? 1 : 2);
}

/**
 * `left = right` as "one column = a sum of signed terms", for each column that stands alone
 * (times ±1, in no other term), likeliest first ({@link rankOf}).
 */
function linearFormulas(left: Expr, right: Expr): CheckedFormula[] | undefined {
  const [l, r] = [monomialsOf(left), monomialsOf(right)];
  if (!l || !r) return undefined;
  const all = merged([...l, ...r.map((m) => ({ ...m, factor: -m.factor }))]);
  const terms = all.filter((m) => m.columns.length > 0 || m.rate);
  const constant = tidy(all.filter((m) => m.columns.length === 0 && !m.rate).reduce((s, m) => s + m.factor, 0));
  const lone = [columnName(left), columnName(right)];
  const paying = terms.some((t) => t.columns.some(isPaid));
  const found = terms.flatMap((t) => {
    const [name] = t.columns;
    if (name === undefined || t.columns.length !== 1 || t.rate || Math.abs(t.factor) !== 1 || terms.some((o) => o !== t && mentions(o, name))) return [];
    const rest = terms.filter((o) => o !== t).map((o) => ({ ...o, factor: tidy(-o.factor * t.factor) }));
    const f = formulaOf(name, rest, tidy(-constant * t.factor));
    return f ? [{ f, rank: rankOf(name, lone, paying) }] : [];
  });
  return found.sort((a, b) => a.rank - b.rank).map((x) => x.f);
}

/** `target = ROUND(sum, n)` (either way round): the sum rounded to `n` decimals (0 when not given). */
function roundedFormula(target: Expr, other: Expr): CheckedFormula | undefined {
  const name = columnName(target);
  if (!name || other.kind !== 'call' || other.name.toLowerCase() !== 'round' || other.args.length < 1 || other.args.length > 2) return undefined;
  const [expr, places] = other.args as [Expr, Expr | undefined];
  const round = places === undefined ? 0 : numberOf(places);
  const ms = monomialsOf(expr);
  if (!ms || round === undefined || !Number.isInteger(round) || round < 0) return undefined;
  const all = merged(ms);
  if (all.some((m) => mentions(m, name))) return undefined;
  const constant = tidy(all.filter((m) => m.columns.length === 0 && !m.rate).reduce((s, m) => s + m.factor, 0));
  return formulaOf(name, all.filter((m) => m.columns.length > 0 || m.rate), constant, round);
}

const hasArithmetic = (e: Expr): boolean => (e.kind === 'binary' && ['+', '-', '*', '/', '%'].includes(e.op)) || (e.kind === 'call' && e.name.toLowerCase() === 'round');

/** An equality over a binary floating-point column: only a float column computed in the database's order ({@link floatFormulas}), the likeliest first. */
function floatEquality(e: Extract<Expr, { kind: 'binary' }>, floats: ReadonlySet<string>): CheckedFormula[] {
  const lone = [columnName(e.left), columnName(e.right)];
  const found = floatFormulas(e.left, e.right).filter((f) => floats.has(f.target.toLowerCase()));
  const paying = [...columnsOf(e)].some(isPaid);
  return found.map((f) => ({ f, rank: rankOf(f.target, lone, paying) })).sort((a, b) => a.rank - b.rank).map((x) => x.f);
}

function readEquality(e: Expr, floats: ReadonlySet<string>, formulas: CheckedFormula[][], pinned: Set<string>): void {
  if (e.kind !== 'binary' || e.op !== '=') return;
  const float = [...columnsOf(e)].some((c) => floats.has(c.toLowerCase()));
  const rounded = [roundedFormula(e.left, e.right), roundedFormula(e.right, e.left)].filter((f): f is CheckedFormula => f !== undefined);
  const found = float ? floatEquality(e, floats) : rounded.length > 0 ? rounded : linearFormulas(e.left, e.right) ?? [];
  if (found.length > 0) formulas.push(found);
  else if (hasArithmetic(e.left) || hasArithmetic(e.right)) columnsOf(e).forEach((c) => pinned.add(c.toLowerCase()));
}

/**
 * Reads the table's CHECKs for equalities that compute a column from others, as `formula`
 * sums: any linear form (`line_total = quantity * unit_price`, `total - subtotal - tax = 0`,
 * `total - subtotal = tax`, `amount = qty * price * (1 - discount_rate)`), with constant factors
 * and terms (`total = subtotal * 1.2`, `gross = net + 5`, `cents = amount * 100`) and a rounding
 * of the whole side (`total = ROUND(subtotal * 1.08, 2)`). The column computed is one that stands
 * alone, a result's name first (total, amount, line_total…), then one alone on its side.
 * Over a binary floating-point column only a float column computed in the order the database
 * evaluates gives a formula ({@link floatFormulas}: rearranged or distributed forms round differently).
 * Equalities with other arithmetic pin their columns.
 *
 * @example
 * ```ts
 * checkArithmetic(invoices).formulas // [[{ target: 'total', spec: { generator: 'formula', sum: [{ column: 'subtotal' }, { column: 'tax' }] } }]]
 * ```
 */
export function checkArithmetic(table: Table): CheckArithmetic {
  const formulas: CheckedFormula[][] = [];
  const pinned = new Set<string>();
  const floats = new Set(table.columns.filter((c) => baseType(c.type).kind === 'float').map((c) => c.name.toLowerCase()));
  for (const check of table.checks) conjuncts(check.expr).forEach((e) => readEquality(e, floats, formulas, pinned));
  return { formulas, pinned };
}
