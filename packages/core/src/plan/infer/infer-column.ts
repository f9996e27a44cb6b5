import { timeOfDaySpec } from './time-pairs.js';
import type { Column } from '../../schema/index.js';
import { baseType } from '../../schema/index.js';
import { daysFromIso, isoFromDays } from '../../util/index.js';
import type { ColumnSpec } from '../column-spec.js';
import { isGenderVocabulary } from '../gender-labels.js';
import { uniqueCapacity } from '../generator-compat.js';
import type { ColumnContext } from './column-context.js';
import { hasValueDefault } from './default-hints.js';
import { booleanRate } from './flag-rate.js';
import { inferArray } from './infer-array.js';
import { inferTemporal } from './infer-date.js';
import { inferFormat } from './infer-format.js';
import { isSequenceKey, keySequence } from './key-sequence.js';
import { inferInt, inferNumber } from './infer-number.js';
import { inferString } from './infer-string.js';
import { affixNullRate } from './person-affixes.js';

/**
 * Weights for an enum: uniform, but the column's DEFAULT (if any) is drawn about 40 % of the
 * time, and 70 % of two labels (`role DEFAULT 'USER'` beside `ADMIN`): always the likeliest.
 */
export function enumWeights(values: readonly string[], column: Column): number[] | undefined {
  const def = column.default?.kind === 'literal' ? String(column.default.value) : undefined;
  const at = def === undefined ? -1 : values.indexOf(def);
  if (at < 0 || values.length < 2) return undefined;
  const share = values.length === 2 ? 0.7 : 0.4;
  const rest = (1 - share) / (values.length - 1);
  return values.map((_, i) => (i === at ? share : Number(rest.toFixed(4))));
}

/** Infers the generator for one non-foreign-key column from its type and name. */
export function inferColumn(ctx: ColumnContext): ColumnSpec {
  const t = baseType(ctx.column.type);
  if (ctx.unique && t.kind === 'int' && isSequenceKey(ctx.table, ctx.column)) return keySequence(t);
  switch (t.kind) {
    case 'int': return inferInt(ctx);
    case 'decimal': case 'float': return inferNumber(ctx);
    case 'boolean': return withUnique(ctx, { generator: 'boolean', trueRate: booleanRate(ctx) });
    case 'string': return withUnique(ctx, t.format === undefined ? inferString(ctx) : inferFormat(t.format));
    case 'date': return uniqueTemporal(ctx, inferTemporal(ctx, 'date'));
    case 'timestamp': return uniqueTemporal(ctx, inferTemporal(ctx, 'timestamp'));
    case 'time': return timeOfDaySpec(ctx);
    case 'uuid': return { generator: 'uuid' };
    case 'json': return { generator: 'json' };
    case 'bytes': return { generator: 'bytes', length: Math.min(t.length ?? 16, 16) };
    case 'enum': return genderEnum(ctx, t.values) ?? enumSpec(t.values, ctx.column);
    case 'array': return inferArray(t.element);
  }
}

/**
 * A `gender`/`sex` enum with a female and a male label (`ENUM('male', 'female')`) draws by the
 * row's sex, so it agrees with the row's first names and honorific; undefined otherwise. A text
 * column's `CHECK (gender IN ('female', 'male', …))` does the same (`listSpec`).
 */
function genderEnum(ctx: ColumnContext, values: readonly string[]): ColumnSpec | undefined {
  const named = ctx.words.some((w) => w === 'gender' || w === 'sex');
  return named && isGenderVocabulary(values) && !ctx.unique ? { generator: 'gender' } : undefined;
}

function enumSpec(values: readonly string[], column: Column): ColumnSpec {
  const weights = enumWeights(values, column);
  return { generator: 'enum', values: [...values], ...(weights ? { weights } : {}) };
}

function withUnique(ctx: ColumnContext, spec: ColumnSpec): ColumnSpec {
  return ctx.unique ? { ...spec, unique: true } : spec;
}

/**
 * A key DATE or TIMESTAMP: distinct days (or seconds) by a bijection of the row, the window
 * reaching further back when it has fewer days than rows (a CHECK that the day is not after
 * some date still leaves room). Random draws collided (a DATE primary key had 280 duplicates
 * at 1,157 rows).
 */
function uniqueTemporal(ctx: ColumnContext, spec: ColumnSpec): ColumnSpec {
  if (!ctx.unique) return spec;
  if (spec.generator === 'date' && uniqueCapacity(spec, ctx.column.type) < ctx.rows) {
    return { ...spec, from: isoFromDays(daysFromIso(spec.to) - ctx.rows + 1), unique: true };
  }
  if (spec.generator === 'date' || spec.generator === 'timestamp') return { ...spec, unique: true };
  return spec;
}

const NULL_RATES: readonly (readonly [RegExp, number])[] = [
  [/^(deleted|archived|cancell?ed|deactivated|discontinued)(_|$)/, 0.85],
  [/death|died|deceased/, 0.7],
  [/termination|terminated|resign/, 0.8],
  [/middle/, 0.6],
  [/return(ed)?_?(date|at)?$/, 0.3],
  [/^end|_end|finish|completion/, 0.2],
  [/fax|address_?line_?2|secondary|suite/, 0.7],
  [/manager|parent|supervisor|reports_to|mentor|referr/, 0.1],
];

/** Share of NULLs for a nullable column with a non-NULL DEFAULT: the database fills it when an insert leaves it out. */
export const DEFAULTED_NULL_RATE = 0.01;

/**
 * Default share of NULLs for a nullable column: rare ({@link DEFAULTED_NULL_RATE}) when it has a
 * non-NULL DEFAULT (`order_date DATETIME DEFAULT CURRENT_TIMESTAMP`), else by its name (a
 * `deleted_at` mostly NULL, a `middle_name` often), else 10 %.
 */
export function defaultNullRate(ctx: ColumnContext): number {
  if (!ctx.column.nullable) return 0;
  if (hasValueDefault(ctx.column)) return DEFAULTED_NULL_RATE;
  const affix = affixNullRate(ctx);
  if (affix !== undefined) return affix;
  const key = ctx.words.join('_');
  return NULL_RATES.find(([p]) => p.test(key))?.[1] ?? 0.1;
}
