const INTEGER_TYPE = /^(?:tiny|small|medium|big)?int(?:eger|[248])?$|^(?:un)?signed(?: integer)?$/;
const NUMBER_TYPE = /^(?:numeric|decimal|number|real|float[48]?|double(?: precision)?)$/;
const INTEGER_TEXT = /^\s*[+-]?\d+\s*$/;
const NUMERIC_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** The kind of number a CAST's target type names (`int`, `bigint`, `signed` → int; `numeric(8,2)`, `real` → number). */
export type NumericCastKind = 'int' | 'number';

/**
 * Whether a CAST (`c::int`, `CAST(c AS decimal(8,2))`) makes an integer, another number, or
 * neither (undefined).
 *
 * @example
 * ```ts
 * numericCastKind('numeric(8,2)') // 'number'
 * ```
 */
export function numericCastKind(to: string): NumericCastKind | undefined {
  const name = to.toLowerCase().replace(/\(.*\)/, '').trim();
  return INTEGER_TYPE.test(name) ? 'int' : NUMBER_TYPE.test(name) ? 'number' : undefined;
}

/** Rounds half away from zero, as PostgreSQL's numeric-to-integer cast: -2.5 → -3 (Math.round gives -2). */
export function roundHalfAway(n: number): number {
  return Math.sign(n) * Math.round(Math.abs(n));
}

function textNumber(v: string, kind: NumericCastKind): number {
  const ok = (kind === 'int' ? INTEGER_TEXT : NUMERIC_TEXT).test(v);
  return ok ? Number(v) : Number.NaN;
}

/**
 * A value cast to a number as PostgreSQL does: true/false are 1/0, a number is rounded half away
 * from zero for an integer, text must spell a number of the kind (`'12.5'::int` is an error);
 * NaN stands for the cast error, which fails every comparison as the error fails the row.
 *
 * @example
 * ```ts
 * castNumber(true, 'int')   // 1
 * castNumber('12.5', 'int') // NaN
 * ```
 */
export function castNumber(v: string | number | boolean, kind: NumericCastKind): number {
  const n = typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'number' ? v : textNumber(v, kind);
  return kind === 'int' ? roundHalfAway(n) : n;
}
