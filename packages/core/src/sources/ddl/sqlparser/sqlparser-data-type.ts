import { nativeType, type NativeType } from '../native-type.js';
import { arr, isObj, lastName, str, variant } from './sqlparser-ast.js';

/** Variant tags whose lower-cased spelling is not the SQL name. */
const TAG_NAMES: Readonly<Record<string, string>> = {
  DoublePrecision: 'double precision',
  CharacterVarying: 'varchar',
  CharVarying: 'varchar',
  CharacterLargeObject: 'clob',
  CharLargeObject: 'clob',
  BinaryLargeObject: 'blob',
  Unspecified: '',
};

function argOf(v: unknown): (number | 'max')[] {
  if (typeof v === 'number') return [v];
  if (v === 'Max') return ['max'];
  if (typeof v === 'string' && /^\d+$/.test(v)) return [Number(v)];
  if (typeof v === 'string' && /^max$/i.test(v)) return ['max'];
  const [tag, p] = variant(v);
  if (tag === 'IntegerLength' && isObj(p) && typeof p.length === 'number') return [p.length];
  if (tag === 'Precision') return argOf(p);
  if (tag === 'PrecisionAndScale') return arr(p).flatMap(argOf);
  return [];
}

/** Modifiers of a type payload: `11`, `{ IntegerLength }`, `[6, 'WithTimeZone']`, `['10', '2']`. */
function argsOf(p: unknown): (number | 'max')[] {
  return Array.isArray(p) ? p.flatMap(argOf) : argOf(p);
}

function timeZoneOf(p: unknown): boolean {
  const tz = str(arr(p)[1]);
  return tz === 'WithTimeZone' || tz === 'Tz';
}

function enumValues(tag: string, p: unknown): string[] | undefined {
  if (tag === 'Set') return arr(p).flatMap((v) => (typeof v === 'string' ? [v] : []));
  if (tag !== 'Enum') return undefined;
  return arr(arr(p)[0]).flatMap((m) => {
    const [kind, value] = variant(m);
    const name = kind === 'Name' ? str(value) : kind === 'NameAndValue' ? str(arr(value)[0]) : undefined;
    return name === undefined ? [] : [name];
  });
}

/** sqlparser-ts DataType → NativeType (`{ IntUnsigned: 11 }` → int(11) unsigned). */
export function sqlparserNativeType(dataType: unknown): NativeType {
  const [rawTag, p] = variant(dataType);
  if (rawTag === 'Custom') {
    const [name, mods] = arr(p);
    return nativeType(lastName(name) ?? '', argsOf(mods));
  }
  const unsigned = rawTag.endsWith('Unsigned') && rawTag !== 'Unsigned';
  const tag = unsigned ? rawTag.slice(0, -'Unsigned'.length) : rawTag;
  const values = enumValues(tag, p);
  const extra: Partial<NativeType> = {
    ...(unsigned ? { unsigned } : {}),
    ...(tag === 'Time' || tag === 'Timestamp' ? { withTimeZone: timeZoneOf(p) } : {}),
    ...(values ? { values } : {}),
  };
  const name = Object.hasOwn(TAG_NAMES, tag) ? (TAG_NAMES[tag] as string) : tag;
  return nativeType(name, values ? [] : argsOf(p), extra);
}

/** A type as SQL text for `cast` nodes: `char`, `decimal(10,2)`, `signed`. */
export function sqlparserTypeText(dataType: unknown): string {
  const t = sqlparserNativeType(dataType);
  return t.args.length > 0 ? `${t.name}(${t.args.join(',')})` : t.name;
}
