const UNIT_MS: Record<string, number> = {
  millisecond: 1, second: 1000, sec: 1000, minute: 60_000, min: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000,
};
const PART = /([+-]?\d+(?:\.\d+)?)\s*([a-z]+?)s?(?=\s|$)/gy;

/**
 * The length in milliseconds of a PostgreSQL interval written as text with fixed-length units
 * (`'1 day'`, `'2 hours 30 minutes'`, `'1 week'`); undefined for anything else, months and years
 * among them (their length depends on the date).
 *
 * @example
 * ```ts
 * intervalMs('1 day 2 hours') // 93_600_000
 * ```
 */
export function intervalMs(text: string): number | undefined {
  const s = text.trim().toLowerCase();
  if (s === '') return undefined;
  let total = 0;
  let at = 0;
  PART.lastIndex = 0;
  for (let m = PART.exec(s); m; m = PART.exec(s)) {
    const unit = UNIT_MS[m[2] as string];
    if (unit === undefined) return undefined;
    total += Number(m[1]) * unit;
    at = PART.lastIndex;
    while (s.charAt(at) === ' ') at++;
    PART.lastIndex = at;
  }
  return at === s.length ? total : undefined;
}
