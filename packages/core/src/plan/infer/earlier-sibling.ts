import type { Column } from '../../schema/index.js';
import { wordsOf } from './column-context.js';

/** Words that end a span and the words, most likely first, that start it (`date_to` ↔ `date_from`, `EndDate` ↔ `StartDate`). */
const COUNTERPARTS: readonly (readonly [string, readonly string[]])[] = [
  ['to', ['from', 'since', 'start']], ['until', ['from', 'since', 'start']], ['till', ['from', 'since', 'start']],
  ['thru', ['from', 'since', 'start']], ['through', ['from', 'since', 'start']], ['end', ['start', 'begin', 'from']],
];

const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** A word as it is written in snake_case, CamelCase or UPPER_CASE names, and where it stands alone in each. */
const FORMS: readonly (readonly [(w: string) => string, (w: string) => RegExp])[] = [
  [(w) => w, (w) => new RegExp(`(?<![a-z])${w}(?![a-z])`)],
  [capitalised, (w) => new RegExp(`(?<![A-Z])${capitalised(w)}(?![a-z])`)],
  [(w) => w.toUpperCase(), (w) => new RegExp(`(?<![A-Za-z])${w.toUpperCase()}(?![A-Za-z])`)],
];

/** `name` with its ending word swapped for each word that would start the span, written the same way. */
export function swappedNames(name: string): string[] {
  return COUNTERPARTS.flatMap(([end, starts]) => FORMS.flatMap(([write, alone]) => {
    const at = alone(end);
    return at.test(name) ? starts.map((s) => name.replace(at, write(s))) : [];
  }));
}

/** The column named as this one with its ending word swapped (`valid_to` → `valid_from`), among `columns`. */
export function sameStemSibling(name: string, columns: readonly Column[]): Column | undefined {
  const wanted = swappedNames(name).map((n) => n.toLowerCase());
  for (const n of wanted) {
    const found = columns.find((c) => c.name.toLowerCase() === n);
    if (found) return found;
  }
  return undefined;
}

/** Where a regex's source has a `|` outside any group. */
function topLevelBars(source: string): number[] {
  const bars: number[] = [];
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) bars.push(i);
  }
  return bars;
}

/** A regex's top-level alternatives, in the order written (`/issue|valid_?from|created/` → issue, valid_?from, created). */
export function alternativesOf(re: RegExp): RegExp[] {
  const cuts = [-1, ...topLevelBars(re.source), re.source.length];
  return cuts.slice(1).map((end, i) => new RegExp(re.source.slice((cuts[i] ?? -1) + 1, end), re.flags));
}

const snakeName = (c: Column): string => wordsOf(c.name).join('_');

/**
 * The first column, by the pattern's alternatives in order and then by table order, whose name's
 * words match (`keyOf` gives the words a column is matched by: its name in snake_case by default).
 */
export function firstByAlternatives(pattern: RegExp, columns: readonly Column[], keyOf: (c: Column) => string = snakeName): Column | undefined {
  for (const alt of alternativesOf(pattern)) {
    const found = columns.find((c) => alt.test(keyOf(c)));
    if (found) return found;
  }
  return undefined;
}
