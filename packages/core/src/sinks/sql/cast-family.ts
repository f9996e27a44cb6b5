/** Portable families of CAST target types. */
export type CastFamily = 'text' | 'integer' | 'decimal' | 'float' | 'date' | 'timestamp' | 'boolean';

const FAMILIES: ReadonlyArray<readonly [RegExp, CastFamily]> = [
  [/^(text|varchar|character varying|char|character|nvarchar|nchar|string)\b/, 'text'],
  [/^(int|integer|bigint|smallint|int2|int4|int8|signed|unsigned)\b/, 'integer'],
  [/^(numeric|decimal)\b/, 'decimal'],
  [/^(real|float|double|float4|float8)\b/, 'float'],
  [/^date$/, 'date'],
  [/^(timestamp|datetime|datetime2)\b/, 'timestamp'],
  [/^(bool|boolean|bit)$/, 'boolean'],
];

/**
 * The family of a CAST type name written for any dialect, or undefined when it is not
 * one of the common ones (then the name is emitted as written).
 *
 * @example
 * ```ts
 * castFamily('character varying(20)') // 'text'
 * ```
 */
export function castFamily(to: string): CastFamily | undefined {
  const t = to.trim().toLowerCase();
  return FAMILIES.find(([re]) => re.test(t))?.[1];
}

/**
 * Spells a CAST target for a dialect from a per-family table, keeping unknown or
 * parameterised decimal names as written.
 *
 * @example
 * ```ts
 * spellCast('text', { text: 'CHAR' }) // 'CHAR'
 * ```
 */
export function spellCast(to: string, table: Partial<Record<CastFamily, string>>): string {
  const family = castFamily(to);
  if (family === undefined || (family === 'decimal' && to.includes('('))) return to;
  return table[family] ?? to;
}

const LENGTH_NAMES = new Set(['length', 'char_length', 'character_length', 'len']);

/**
 * Maps a function name through `table`, folding the length-function spellings onto
 * `length` first.
 *
 * @example
 * ```ts
 * mapFunction('char_length', { length: 'LEN' }) // 'LEN'
 * ```
 */
export function mapFunction(name: string, table: Readonly<Record<string, string>>): string {
  const lower = name.toLowerCase();
  const key = LENGTH_NAMES.has(lower) ? 'length' : lower;
  return table[key] ?? name;
}
