/** InnoDB's longest index key (DYNAMIC/COMPRESSED rows), in bytes. */
export const MYSQL_MAX_KEY_BYTES = 3072;

/** What one key part of a MySQL type costs, and whether a prefix is required or allowed. */
interface KeyCost {
  /** Characters (or bytes) the part indexes without a prefix; undefined for a fixed-size part. */
  readonly length?: number;
  readonly bytesPerUnit: number;
  /** TEXT/BLOB: indexed by a prefix only, `length` being the default one. */
  readonly mustPrefix: boolean;
}

/** Bytes a non-string key part is counted at (DECIMAL(65) takes 30; most take 8 or fewer). */
const FIXED_PART_BYTES = 32;

const COSTS: ReadonlyArray<readonly [RegExp, (m: RegExpMatchArray) => KeyCost]> = [
  [/^(?:VAR)?CHAR\((\d+)\)/, (m) => ({ length: Number(m[1]), bytesPerUnit: 4, mustPrefix: false })],
  [/^(?:VAR)?BINARY\((\d+)\)/, (m) => ({ length: Number(m[1]), bytesPerUnit: 1, mustPrefix: false })],
  [/^(?:TINY|MEDIUM|LONG)?TEXT\b/, () => ({ length: 191, bytesPerUnit: 4, mustPrefix: true })],
  [/^(?:TINY|MEDIUM|LONG)?BLOB\b/, () => ({ length: 255, bytesPerUnit: 1, mustPrefix: true })],
];

function costOf(typeSql: string): KeyCost {
  for (const [re, cost] of COSTS) {
    const m = re.exec(typeSql);
    if (m) return cost(m);
  }
  return { bytesPerUnit: 1, mustPrefix: false };
}

/** Splits `budget` bytes among parts wanting `wants` bytes: each gets at most its want, the shortest first, the rest shared evenly. */
function share(wants: readonly number[], budget: number): number[] {
  const out = [...wants];
  const order = wants.map((w, i) => [w, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let left = budget;
  for (const [k, [want, i]] of order.entries()) {
    const given = Math.min(want, Math.floor(left / (order.length - k)));
    out[i] = given;
    left -= given;
  }
  return out;
}

/**
 * The prefix length of each key part of a MySQL index over columns of types `typeSqls`, or
 * undefined for the whole column: a declared prefix (`declared`, MySQL `b(10)`) is kept where
 * shorter than the column; TEXT/BLOB get 191 characters/255 bytes; and when the parts would pass
 * {@link MYSQL_MAX_KEY_BYTES} in utf8mb4 (4 bytes a character), the string parts share what the
 * fixed-size parts leave, none above its own length, so the key always fits.
 *
 * @example
 * ```ts
 * mysqlKeyPrefixes(['VARCHAR(255)', 'VARCHAR(255)', 'VARCHAR(255)', 'VARCHAR(255)'], []) // [192, 192, 192, 192]
 * ```
 */
export function mysqlKeyPrefixes(typeSqls: readonly string[], declared: readonly (number | null | undefined)[]): (number | undefined)[] {
  const costs = typeSqls.map(costOf);
  const units = costs.map((c, i) => (c.length === undefined ? undefined : Math.min(declared[i] ?? c.length, c.length)));
  const fixed = costs.filter((c) => c.length === undefined).length * FIXED_PART_BYTES;
  const wants = units.map((u, i) => (u === undefined ? 0 : u * costs[i]!.bytesPerUnit));
  const fits = wants.reduce((a, b) => a + b, 0) + fixed <= MYSQL_MAX_KEY_BYTES;
  const bytes = fits ? wants : share(wants, MYSQL_MAX_KEY_BYTES - fixed);
  return costs.map((c, i) => {
    if (c.length === undefined) return undefined;
    const n = Math.max(1, Math.floor(bytes[i]! / c.bytesPerUnit));
    return c.mustPrefix || n < c.length ? n : undefined;
  });
}
