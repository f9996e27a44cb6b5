import type { Schema } from '../../schema/index.js';

/** The schema without keys and CHECKs: what bulk loading creates before the data goes in. */
export function bareSchema(schema: Schema): Schema {
  return {
    ...schema,
    tables: schema.tables.map((t) => ({ name: t.name, columns: t.columns, uniques: [], foreignKeys: [], checks: [], ...(t.comment ? { comment: t.comment } : {}) })),
  };
}
