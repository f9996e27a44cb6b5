import type { GeneratorName } from '../../plan/index.js';
import type { Value } from '../../schema/index.js';
import { maxLengthOf } from '../../schema/index.js';
import type { CellFn } from '../row-context.js';
import { addressCell, phoneCell } from './address-cells.js';
import type { BuiltCell, CellBuilder, CellEnv } from './cell-env.js';
import { converterFor } from './coerce.js';
import { formulaCell } from './formula-cell.js';
import { tokenWidth } from '../../util/index.js';
import { identifierCell, urlCell, uuidCell } from './identifier-cells.js';
import { patternCell } from './pattern-cell.js';
import { gatedByStatus } from './present-when.js';
import { referenceCell } from './reference-cell.js';
import { regexCell } from './regex-cell.js';
import { rowToken } from './row-token.js';
import { arrayCell, bytesCell, foreignKeyCell, jsonCell } from './misc-cells.js';
import { networkCell, xmlCell } from './network-cells.js';
import { booleanCell, constantCell, enumCell, intCell, numberCell, sequenceCell } from './number-cells.js';
import { emailCell, firstNameCell, fullNameCell, genderCell, honorificCell, lastNameCell, middleNameCell, usernameCell } from './person-cells.js';
import { afterCell, birthDateCell, dateCell, timeCell, timestampCell } from './temporal-cells.js';
import { distinctVocabulary, textCell, vocabularyCell } from './text-cells.js';

const BUILDERS: Record<GeneratorName, CellBuilder> = {
  sequence: sequenceCell, int: intCell, number: numberCell, boolean: booleanCell, enum: enumCell, constant: constantCell,
  firstName: firstNameCell, lastName: lastNameCell, middleName: middleNameCell, fullName: fullNameCell, gender: genderCell, honorific: honorificCell,
  email: emailCell, username: usernameCell, phone: phoneCell, address: addressCell, vocabulary: vocabularyCell,
  identifier: identifierCell, pattern: patternCell, regex: regexCell, url: urlCell, text: textCell, date: dateCell, birthDate: birthDateCell,
  timestamp: timestampCell, time: timeCell, after: afterCell, formula: formulaCell, uuid: uuidCell, json: jsonCell, bytes: bytesCell,
  array: arrayCell, foreignKey: foreignKeyCell, network: networkCell, xml: xmlCell, reference: referenceCell,
};

/** Generators whose `unique` output is already a bijection of the row index. */
const NATIVELY_UNIQUE = new Set<GeneratorName>(['sequence', 'int', 'number', 'boolean', 'enum', 'date', 'email', 'username', 'phone', 'identifier', 'pattern', 'regex', 'foreignKey', 'uuid', 'timestamp', 'network', 'xml']);

/**
 * Whether the column's `unique` values are distinct without a row token: a natively unique
 * generator, or a vocabulary whose fitting values outnumber the rows (then every row draws a
 * plain distinct value; otherwise every row carries a token, never a mix of both).
 */
function nativelyUnique(env: CellEnv): boolean {
  return NATIVELY_UNIQUE.has(env.spec.generator) || distinctVocabulary(env) !== undefined;
}

/**
 * Appends a token from a bijection of the row index, so any string generator can be unique: the
 * generator's value cut to leave room for it, or the token alone where the column has no room.
 */
function uniqueString(inner: CellFn, env: CellEnv): CellFn {
  const max = maxLengthOf(env.column) ?? 255;
  const token = rowToken(env, max);
  const room = max - tokenWidth(Math.max(env.rows, 1)) - 1;
  return (ctx) => {
    const t = token(ctx.row);
    const base = String(inner(ctx) ?? '');
    return room > 0 ? `${base.slice(0, room).trimEnd()} ${t}` : t;
  };
}

function withNulls(fn: CellFn, rate: number, key: number): CellFn {
  if (rate <= 0) return fn;
  return (ctx) => (ctx.rng.reset(key, ctx.row, ctx.attempt * 256 + 255).float() < rate ? null : fn(ctx));
}

/** Compiles a column's plan entry into a cell function that yields the column's value form. */
export function buildCell(env: CellEnv): BuiltCell {
  const built = BUILDERS[env.spec.generator](env);
  const convert = converterFor(built.native, env.column.type, built.native === 'string' || built.native === 'any' ? maxLengthOf(env.column) : undefined);
  const unique = env.spec.unique === true && !nativelyUnique(env) && built.native === 'string';
  const base: CellFn = unique ? uniqueString(built.fn, env) : built.fn;
  const converted: CellFn = (ctx) => {
    const v: Value = base(ctx);
    return v === null ? null : convert(v);
  };
  return gatedByStatus({ ...built, fn: withNulls(converted, env.spec.nullRate ?? 0, env.key ^ 0x68e31da4) }, env);
}
