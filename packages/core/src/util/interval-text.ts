/** A number, its unit word, then a space or the end: PostgreSQL reads `'1day 2 hours'` but rejects `'1day2hours'`. */
const PART = /([+-]?\d+(?:\.\d+)?)\s*([a-z]+)(?=\s|$)\s*/y;

/**
 * The parts of an interval written as text (`'1 day 2 hours'` → [[1, 'day'], [2, 'hours']]),
 * words lower-cased; undefined unless the whole text is such parts. The one reader of interval
 * text behind `intervalMs` and `shiftByInterval`, so the engine, the plan and the validator
 * accept the same text.
 *
 * @example
 * ```ts
 * intervalParts('-18 Years') // [[-18, 'years']]
 * ```
 */
export function intervalParts(text: string): [number, string][] | undefined {
  const s = text.trim().toLowerCase();
  const part = new RegExp(PART);
  const out: [number, string][] = [];
  let end = 0;
  for (let m = part.exec(s); m; m = part.exec(s)) {
    out.push([Number(m[1]), m[2] as string]);
    end = part.lastIndex;
  }
  return out.length > 0 && end === s.length ? out : undefined;
}

const UNIT_MS: Readonly<Record<string, number>> = {
  millisecond: 1, second: 1000, sec: 1000, minute: 60_000, min: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000,
};

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
  const parts = intervalParts(text);
  let total = 0;
  for (const [n, word] of parts ?? []) {
    const unit = UNIT_MS[word] ?? UNIT_MS[word.replace(/s$/, '')];
    if (unit === undefined) return undefined;
    total += n * unit;
  }
  return parts ? total : undefined;
}
