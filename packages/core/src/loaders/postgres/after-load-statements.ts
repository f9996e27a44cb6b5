import type { GeneratedData } from '../../schema/index.js';
import { bareSchema } from './bare-schema.js';
import { constraintStatements } from './constraint-statements.js';
import { postLoadStatements } from './ddl-statements.js';

/**
 * What runs once every row is in: the keys, CHECKs and foreign keys a bare load left out
 * (unless the tables were created with them, `keepConstraints`), then the post-load statements
 * (late foreign keys, identity re-syncs). Table names are unqualified (the search path decides).
 * `reserved`: relation names the target holds already, which no index may take.
 */
export function afterLoadStatements(data: GeneratedData, keepConstraints: boolean | undefined, reserved: readonly string[] = []): string[] {
  const created = keepConstraints ? data.schema : bareSchema(data.schema);
  return [...(keepConstraints ? [] : constraintStatements(data.schema, reserved)), ...postLoadStatements(created, data.order, reserved)];
}
