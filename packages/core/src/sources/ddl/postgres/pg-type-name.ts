import type { Node, TypeName } from 'libpg-query';
import { nativeType, type NativeType } from '../native-type.js';
import { strings } from './pg-context.js';

function typmod(n: Node): number | 'max' | undefined {
  if ('A_Const' in n) return n.A_Const.ival ? (n.A_Const.ival.ival ?? 0) : undefined;
  return undefined;
}

/** TypeName → NativeType: schema dropped, array bounds counted, `(10,2)` modifiers read. */
export function pgNativeType(t: TypeName | undefined): NativeType {
  const names = strings(t?.names);
  const name = (names[names.length - 1] ?? '').toLowerCase();
  const args = (t?.typmods ?? []).flatMap((m) => {
    const v = typmod(m);
    return v === undefined ? [] : [v];
  });
  const arrayDims = t?.arrayBounds?.length ?? 0;
  return nativeType(name, args, arrayDims > 0 ? { arrayDims } : {});
}

const SERIALS: Readonly<Record<string, string>> = {
  smallserial: 'int2', serial2: 'int2', serial: 'int4', serial4: 'int4', bigserial: 'int8', serial8: 'int8',
};

/** `serial` → `int4` (and so on), or undefined when the type is not a serial pseudo-type. */
export function serialBase(t: NativeType): NativeType | undefined {
  if (!Object.hasOwn(SERIALS, t.name) || (t.arrayDims ?? 0) > 0) return undefined;
  return nativeType(SERIALS[t.name] as string);
}
