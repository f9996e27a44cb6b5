import type { StringFormat } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';

/**
 * The generator for a string whose form the database checks (`inet`, `cidr`, `macaddr`, `xml`):
 * the column's name says nothing its type does not (a `last_ip inet` is an address whatever it is called).
 *
 * @example
 * ```ts
 * inferFormat('cidr') // { generator: 'network', kind: 'cidr' }
 * ```
 */
export function inferFormat(format: StringFormat): ColumnSpec {
  return format === 'xml' ? { generator: 'xml' } : { generator: 'network', kind: format };
}
