/**
 * A column type as the DDL spelled it, normalised across parsers: each reader turns its
 * parser's type node into this, and `translateType` maps it to a LogicalType.
 */
export interface NativeType {
  /** Lower-case type name without schema, e.g. `varchar`, `int4`, `double precision`. */
  readonly name: string;
  /** Numeric modifiers (`varchar(20)` → [20], `decimal(10,2)` → [10, 2]); `max` for `(MAX)`. */
  readonly args: readonly (number | 'max')[];
  readonly unsigned?: boolean;
  readonly withTimeZone?: boolean;
  /** ENUM/SET member values (MySQL inline enums). */
  readonly values?: readonly string[];
  /** Number of array dimensions (PostgreSQL `text[]`). */
  readonly arrayDims?: number;
}

export function nativeType(name: string, args: readonly (number | 'max')[] = [], extra: Partial<NativeType> = {}): NativeType {
  return { ...extra, name: name.toLowerCase(), args };
}

/** How the DDL spelled the type, for messages: `varchar(20)`, `text[]`. */
export function describeNative(t: NativeType): string {
  if (t.name === '') return '(no type)';
  const args = t.args.length > 0 ? `(${t.args.join(',')})` : '';
  return `${t.name}${args}${t.unsigned ? ' unsigned' : ''}${'[]'.repeat(t.arrayDims ?? 0)}`;
}
