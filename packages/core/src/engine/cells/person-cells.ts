import type { Value } from '../../schema/index.js';
import { baseType, maxLengthOf } from '../../schema/index.js';
import type { ColumnSpec } from '../../plan/index.js';
import { FEMALE_LABEL, isGenderVocabulary, MALE_LABEL } from '../../plan/gender-labels.js';
import { splitByFit } from '../../plan/label-fit.js';
import { checkedLabels } from '../../plan/listed-labels.js';
import type { RowContext } from '../row-context.js';
import { emailFrom, firstName, honorificFor, lastName, middleName, permuteIndex, uniqueEmailLength, uniqueUsernameLength, username } from '../semantic/index.js';
import { isNonBinary } from '../semantic/person/sex.js';
import { cell, sharingRowState, type BuiltCell, type CellBuilder, type CellEnv } from './cell-env.js';
import { rowToken } from './row-token.js';

type Spec<G extends ColumnSpec['generator']> = Extract<ColumnSpec, { generator: G }>;

/** The row's person: one sex per row, so names and gender agree. */
export function sexOf(ctx: RowContext, env: CellEnv): 'female' | 'male' {
  ctx.sex ??= ctx.rng.reset(env.personKey, ctx.row, 0).chance(0.5) ? 'female' : 'male';
  return ctx.sex;
}

export const firstNameCell: CellBuilder = (env) => sharingRowState(cell((ctx) => firstName(ctx.rngFor(env.key), sexOf(ctx, env)), 'string'));
export const lastNameCell: CellBuilder = (env) => cell((ctx) => lastName(ctx.rngFor(env.key)), 'string');
export const middleNameCell: CellBuilder = (env) => cell((ctx) => middleName(ctx.rngFor(env.key)), 'string');
export const fullNameCell: CellBuilder = (env) => sharingRowState(cell((ctx) => `${firstName(ctx.rngFor(env.key), sexOf(ctx, env))} ${lastName(ctx.rng)}`, 'string'));

/** The row's sibling column drawn by the gender generator, if any (its value decides a non-binary person's honorific). */
function genderSibling(env: CellEnv): number | undefined {
  const sibling = env.table.columns.find((c) => c !== env.column && env.specOf?.(c.name)?.generator === 'gender');
  return sibling === undefined ? undefined : env.indexOf(sibling.name);
}

/**
 * An honorific of the row's sex (the sex its first names have), cut to those that fit the
 * column; `Mx.` when the row's gender column (computed first) holds a non-binary label.
 */
export const honorificCell: CellBuilder = (env) => {
  const max = maxLengthOf(env.column) ?? Infinity;
  const gender = genderSibling(env);
  const nonBinary = (ctx: RowContext): boolean => { const g = textAt(ctx, gender); return g !== undefined && isNonBinary(g); };
  const built = cell((ctx) => honorificFor(ctx.rngFor(env.key), nonBinary(ctx) ? 'non-binary' : sexOf(ctx, env), max), 'string', gender === undefined ? [] : [gender]);
  return sharingRowState(built);
};

function pickGender(values: readonly string[]): (sex: 'female' | 'male', other: boolean) => string {
  const female = values.find((v) => FEMALE_LABEL.test(v)) ?? values[0] ?? 'F';
  const male = values.find((v) => MALE_LABEL.test(v)) ?? values[1] ?? female;
  const rest = values.filter((v) => v !== female && v !== male);
  return (sex, other) => (other && rest.length > 0 ? (rest[0] as string) : sex === 'female' ? female : male);
}

/**
 * The labels a gender column draws: its enum's; those of its CHECK list (`gender IN ('female',
 * 'male', 'non-binary')`, spelled as the CHECK spells them) when they name a woman and a man;
 * else Female/Male/Non-binary (F/M/X under 6 characters; no Non-binary under 10).
 */
function genderVocabulary(env: CellEnv): readonly string[] {
  const t = baseType(env.column.type);
  if (t.kind === 'enum') return t.values;
  const listed = checkedLabels(env.table, env.column);
  if (listed !== undefined && isGenderVocabulary(listed)) return listed;
  const len = t.kind === 'string' ? t.length ?? 20 : 20;
  return len < 6 ? ['F', 'M', 'X'] : splitByFit(['Female', 'Male', 'Non-binary'], env.column).fit;
}

/** The row's sex as its gender's label: about 2 % of rows the vocabulary's other label (`Non-binary`), where it has one. */
export const genderCell: CellBuilder = (env) => {
  const choose = pickGender(genderVocabulary(env));
  return sharingRowState(cell((ctx) => choose(sexOf(ctx, env), ctx.rngFor(env.key).chance(0.02)), 'string'));
};

function nameSource(env: CellEnv, explicit: string | undefined, pattern: RegExp): number | undefined {
  const name = explicit ?? env.table.columns.find((c) => pattern.test(c.name))?.name;
  return name === undefined ? undefined : env.indexOf(name);
}

/** A sibling name column's text in this row, or undefined when it is NULL or empty. */
function textAt(ctx: RowContext, idx: number | undefined): string | undefined {
  const v: Value = idx === undefined ? null : ctx.values[idx] ?? null;
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/** The last word of a sibling full-name column (`Ann Lee` → `Lee`), or undefined when it holds one word. */
function lastWordAt(ctx: RowContext, idx: number | undefined): string | undefined {
  const v = textAt(ctx, idx);
  const space = v === undefined ? -1 : v.lastIndexOf(' ');
  return space < 0 ? undefined : v?.slice(space + 1);
}

/** The first word of a sibling name column, or undefined when the row has none. */
function nameAt(ctx: RowContext, idx: number | undefined): string | undefined {
  const v = textAt(ctx, idx);
  const space = v === undefined ? -1 : v.indexOf(' ');
  return space < 0 ? v : v?.slice(0, space);
}

function personSources(env: CellEnv, s: { firstColumn?: string | undefined; lastColumn?: string | undefined }): [number | undefined, number | undefined] {
  const first = nameSource(env, s.firstColumn, /^(first_?name|given_?name|fname|firstname|full_?name|display_?name|contact_?name|name)$/i);
  const last = nameSource(env, s.lastColumn, /^(last_?name|family_?name|surname|lname|lastname)$/i);
  return [first, last];
}

/**
 * The column's length when its values must be unique and it is too short for the generator's
 * unique values (`shortest`), else undefined: such a column gets tokens instead.
 */
function tooShort(env: CellEnv, shortest: number): number | undefined {
  const max = maxLengthOf(env.column);
  return env.spec.unique === true && max !== undefined && max < shortest ? max : undefined;
}

/** Row tokens for a unique column too short for realistic values: distinct, where cut values repeated. */
const rowTokenCell = (env: CellEnv, max: number): BuiltCell => {
  const token = rowToken(env, max);
  return cell((ctx) => token(ctx.row), 'string');
};

/** The length a unique email or username is fitted to (its names cut, never its suffix); undefined when not unique. */
const uniqueMax = (env: CellEnv): number | undefined => (env.spec.unique === true ? maxLengthOf(env.column) : undefined);

/** Email derived from the same row's first and last names (or a fresh person when the row has none). */
export const emailCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'email'>;
  const short = tooShort(env, uniqueEmailLength(env.rows, s.domain));
  if (short !== undefined) return rowTokenCell(env, short);
  const [fi, li] = personSources(env, s);
  const nameKey = env.key ^ 0x5bd1e995;
  const deps = [fi, li].filter((x): x is number => x !== undefined);
  const options: { domain?: string; uniqueSuffix?: number | undefined; maxLength?: number | undefined } = s.domain ? { domain: s.domain } : {};
  options.maxLength = uniqueMax(env);
  const built = cell((ctx) => {
    const first = nameAt(ctx, fi) ?? firstName(ctx.rngFor(nameKey), sexOf(ctx, env));
    const last = nameAt(ctx, li === fi ? undefined : li) ?? lastWordAt(ctx, fi) ?? lastName(ctx.rngFor(nameKey + 1));
    const uniqueSuffix = s.unique ? permuteIndex(ctx.row, Math.max(env.rows, 1), env.key) : undefined;
    options.uniqueSuffix = uniqueSuffix;
    return emailFrom(ctx.rngFor(env.key), first, last, options);
  }, 'string', deps);
  return sharingRowState(built);
};

export const usernameCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'username'>;
  const short = tooShort(env, uniqueUsernameLength(env.rows));
  if (short !== undefined) return rowTokenCell(env, short);
  const [fi, li] = personSources(env, s);
  const deps = [fi, li].filter((x): x is number => x !== undefined);
  const max = uniqueMax(env);
  const built = cell((ctx) => {
    const first = nameAt(ctx, fi) ?? firstName(ctx.rngFor(env.key ^ 7), sexOf(ctx, env));
    const last = nameAt(ctx, li) ?? lastWordAt(ctx, fi) ?? lastName(ctx.rngFor(env.key ^ 11));
    return username(ctx.rngFor(env.key), first, last, s.unique ? permuteIndex(ctx.row, Math.max(env.rows, 1), env.key) : undefined, max);
  }, 'string', deps);
  return sharingRowState(built);
};
