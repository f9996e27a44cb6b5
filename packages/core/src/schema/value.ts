/**
 * The in-memory form of one generated cell, by logical type. Engine, sinks and
 * validation all agree on it:
 *
 * | logical type            | Value                                              |
 * |-------------------------|----------------------------------------------------|
 * | int, decimal, float     | `number` (decimal already rounded to its scale)    |
 * | boolean                 | `boolean`                                          |
 * | string, enum, uuid      | `string`                                           |
 * | date                    | `number`: days since 1970-01-01                    |
 * | time                    | `number`: seconds since midnight (integer)         |
 * | timestamp (either zone) | `number`: milliseconds since 1970-01-01T00:00:00Z  |
 * | json                    | `string`: JSON text                                |
 * | bytes                   | `Uint8Array`                                       |
 * | array                   | `Value[]` of the element type                      |
 * | domain                  | the base type's form                               |
 * | NULL                    | `null`                                             |
 */
export type Value = null | number | string | boolean | Uint8Array | readonly Value[];

/** One row: values in the table's column order. */
export type Row = Value[];
