import type { LogicalType, Value } from '../../schema/index.js';
import { baseType, intRange } from '../../schema/index.js';
import { MS_PER_DAY, TOKEN_ALPHABET } from '../../util/index.js';
import type { Rng } from '../rng.js';
import { dateBetween, timeOfDay, uuid, word } from '../semantic/index.js';
import { COMMON_WORDS } from '../semantic/text/text-slots.js';
import type { Native } from './cell-env.js';
import { jsonDocument } from './json-document.js';
import { NETWORK_ELEMENTS } from './network-elements.js';

type BaseType = ReturnType<typeof baseType>;

/** Draws one array element; `ref` is the reference day. */
export type ElementDraw = (rng: Rng, ref: number) => Value;

/** What an array's elements are drawn from: the element's plan name, its type, (for `enum`) its labels and (for numbers) bounds. */
export interface ElementSource {
  readonly name: string;
  readonly type: LogicalType;
  readonly values?: readonly (string | number)[];
  readonly min?: number;
  readonly max?: number;
}

type Span = readonly [number, number];

/** The part of the default span `[lo, hi]` inside the bounds, else a span as wide at the bounds' near end. */
function within([lo, hi]: Span, [bl, bh]: Span): Span {
  if (bl > bh) return [lo, hi];
  const [a, b] = [Math.max(lo, bl), Math.min(hi, bh)];
  if (a <= b) return [a, b];
  return bl > hi ? [bl, Math.min(bh, bl + hi - lo)] : [Math.max(bl, bh - hi + lo), bh];
}

/** The largest value a DECIMAL(p,s) holds (999.99 for (5,2)), or Infinity for other types. */
function decimalMax(t: BaseType): number {
  return t.kind === 'decimal' ? 10 ** (t.precision - t.scale) - 10 ** -t.scale : Infinity;
}

/** Every value the element type holds, within the plan's `min`/`max`. */
function bounds(source: ElementSource, t: BaseType): Span {
  const [lo, hi] = t.kind === 'int' ? intRange(t) : [-decimalMax(t), decimalMax(t)];
  return [Math.max(lo, source.min ?? -Infinity), Math.min(hi, source.max ?? Infinity)];
}

/** 1…1000, kept inside the element type (SMALLINT, TINYINT, YEAR) and the plan's bounds. */
function intDraw(source: ElementSource, t: BaseType): ElementDraw {
  const [lo, hi] = within([1, 1000], bounds(source, t));
  return (rng) => rng.int(Math.ceil(lo), Math.floor(hi));
}

/** 0…1000 with cents, kept inside a DECIMAL's precision and the plan's bounds. */
function numberDraw(source: ElementSource, t: BaseType): ElementDraw {
  const [lo, hi] = within([0, 1000], bounds(source, t));
  if (lo === 0 && hi === 1000) return (rng) => Math.round(rng.float() * 100000) / 100;
  return (rng) => Math.min(hi, Math.max(lo, Math.round((lo + rng.float() * (hi - lo)) * 100) / 100));
}

const CODE_SYMBOLS = [...TOKEN_ALPHABET];

/** A code of exactly the element's length (CHAR(n)): digits and capitals. */
function codeDraw(t: BaseType): ElementDraw {
  const length = t.kind === 'string' ? t.length ?? 4 : 4;
  return (rng) => Array.from({ length }, () => rng.pick(CODE_SYMBOLS)).join('');
}

/** Fewest common words that still read as words rather than a handful repeated. */
const MIN_WORDS = 8;

/** A common word within the element's length; a code where few words are that short (VARCHAR(3)). */
function wordDraw(t: BaseType): ElementDraw {
  const length = t.kind === 'string' ? t.length : undefined;
  if (length === undefined) return (rng) => word(rng);
  const fitting = COMMON_WORDS.filter((w) => w.length <= length);
  return fitting.length >= MIN_WORDS ? (rng) => rng.pick(fitting) : codeDraw(t);
}

function enumDraw(source: ElementSource, t: BaseType): ElementDraw {
  const labels = source.values ?? (t.kind === 'enum' ? t.values : []);
  return labels.length > 0 ? (rng) => rng.pick(labels) : wordDraw(t);
}

function bytesDraw(t: BaseType): ElementDraw {
  const length = Math.min(t.kind === 'bytes' ? t.length ?? 8 : 8, 16);
  return (rng) => Uint8Array.from({ length }, () => rng.u32() & 0xff);
}

/** Elements whose draw does not depend on the element type. */
const FIXED = new Map<string, readonly [ElementDraw, Native]>([
  ['date', [(rng, ref) => dateBetween(rng, ref - 1825, ref), 'date']],
  ['timestamp', [(rng, ref) => dateBetween(rng, ref - 1825, ref) * MS_PER_DAY + rng.int(0, 86_399) * 1000, 'timestamp']],
  ['time', [(rng) => timeOfDay(rng, 6, 22), 'time']],
  ['boolean', [(rng) => rng.chance(0.5), 'boolean']],
  ['uuid', [(rng) => uuid(rng), 'uuid']],
  ['json', [(rng) => jsonDocument(rng), 'json']],
  ...NETWORK_ELEMENTS,
]);

/**
 * How to draw one element of an array column, and the native form of the draw (which the
 * array cell then fits to the element type: text cut to its length, decimals to their scale).
 * Elements honour the element type: integers stay inside its width, decimals inside its
 * precision, text inside its length, enum elements are its labels.
 *
 * @example
 * ```ts
 * elementDraw({ name: 'enum', type: { kind: 'enum', values: ['s', 'm'] } }) // [(rng) => 's' | 'm', 'string']
 * ```
 */
export function elementDraw(source: ElementSource): readonly [ElementDraw, Native] {
  const t = baseType(source.type);
  const fixed = FIXED.get(source.name);
  if (fixed) return fixed;
  switch (source.name) {
    case 'int': return [intDraw(source, t), 'int'];
    case 'number': return [numberDraw(source, t), 'number'];
    case 'bytes': return [bytesDraw(t), 'bytes'];
    case 'enum': return [enumDraw(source, t), 'string'];
    case 'code': return [codeDraw(t), 'string'];
    default: return [wordDraw(t), 'string'];
  }
}
