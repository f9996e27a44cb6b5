import { addYearsIso } from '../../util/index.js';
import type { ColumnSpec } from '../column-spec.js';
import { wordsOf, type ColumnContext } from './column-context.js';

type Window = readonly [number, number];
/** [later-name pattern, earlier-name pattern, min gap, max gap] in days. */
type Pair = readonly [RegExp, RegExp, number, number];

export const DATE_PAIRS: readonly Pair[] = [
  [/^(end|finish|completion|completed|ended|end_?time)(_?(date|at|on|time))?$|_end_date$|^end_/, /^(start|begin|started|starts|start_?time)(_?(date|at|on|time))?$|_start_date$|^start_/, 1, 365],
  [/death|died|deceased/, /birth|^dob$|born/, 40 * 365, 95 * 365],
  [/termination|terminated|leave_?date|separation|resign/, /hire|hired|join|joined|employment_?start|start_?date/, 60, 3650],
  [/ship(ped|ping)?_?(date|at|on)?$/, /^order(ed)?_?(date|at|on)?$|purchase|created_?at/, 0, 5],
  [/deliver(y|ed)_?(date|at|on)?$/, /ship(ped|ping)?_?(date|at|on)?$|^order(ed)?_?(date|at|on)?$/, 1, 7],
  [/^due(_?(date|at|on))?$/, /loan|borrow|checkout|check_?out|issue|invoice|order/, 14, 21],
  [/return(ed)?_?(date|at|on)?$/, /loan|borrow|checkout|check_?out|rental|issue/, 1, 30],
  [/(updated|modified|changed)(_?(at|on|date))?$/, /(created|inserted|added)(_?(at|on|date))?$/, 0, 365],
  [/expir|valid_?(until|to)|expires/, /issue|valid_?from|start|created|purchase/, 365, 1825],
  [/paid|payment_?date|settled/, /invoice|billed|order|created/, 0, 45],
  [/(resolved|closed)(_?(at|on|date))?$/, /(opened|reported|created)(_?(at|on|date))?$/, 0, 30],
  [/check_?out/, /check_?in/, 1, 14],
  [/arriv/, /depart/, 0, 2],
];

function windowFor(words: readonly string[]): Window {
  const key = words.join('_');
  if (/publi|release|copyright/.test(key)) return [-75, 0];
  if (/hire|join|employment|enrol|registration|registered|member_?since|signup|created|opened|established|founded/.test(key)) return [-8, 0];
  if (/expir|valid_?until|renewal|due|scheduled|appointment/.test(key)) return [0, 2];
  if (/order|purchase|review|loan|borrow|payment|invoice|transaction|visit|login|event|shipment/.test(key)) return [-2, 0];
  return [-5, 0];
}

/** The earlier column this one must follow, with the gap in days. */
export function pairedEarlier(ctx: ColumnContext): { column: string; minGap: number; maxGap: number } | undefined {
  const key = ctx.words.join('_');
  for (const [later, earlier, minGap, maxGap] of DATE_PAIRS) {
    if (!later.test(key)) continue;
    const found = ctx.table.columns.find((c) => c.name !== ctx.column.name && earlier.test(wordsOf(c.name).join('_')) && isTemporal(c.type.kind));
    if (found) return { column: found.name, minGap, maxGap };
  }
  return undefined;
}

function isTemporal(kind: string): boolean {
  return kind === 'date' || kind === 'timestamp' || kind === 'domain';
}

/** Infers a date or timestamp generator: birth dates, plausible windows, ordered pairs. */
export function inferTemporal(ctx: ColumnContext, kind: 'date' | 'timestamp'): ColumnSpec {
  const key = ctx.words.join('_');
  const pair = pairedEarlier(ctx);
  if (pair) return { generator: 'after', column: pair.column, minGap: pair.minGap, maxGap: pair.maxGap, strict: false };
  if (/birth|^dob$|born/.test(key)) return { generator: 'birthDate', minAge: 18, maxAge: 90 };
  const [a, b] = windowFor(ctx.words);
  return { generator: kind, from: addYearsIso(ctx.referenceDate, a), to: addYearsIso(ctx.referenceDate, b) };
}
