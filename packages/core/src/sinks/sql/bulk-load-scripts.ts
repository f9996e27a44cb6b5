import { isUnixTimestamp, type GeneratedData, type LoadOrder, type Schema } from '../../schema/index.js';
import type { Target } from '../target.js';
import { renderCreateTables, renderPostLoad } from './render-create-tables.js';
import { scriptHeader } from './script-header.js';
import { sqlDialect } from './sql-dialects.js';

const LOAD_NOTE: Readonly<Record<Target, string>> = {
  postgres: 'load the data files in manifest.json loadOrder (COPY ... WITH (FORMAT csv, HEADER true)), then run constraints.sql',
  mysql: 'load the data files in manifest.json loadOrder (LOAD DATA ... FIELDS TERMINATED BY \',\' OPTIONALLY ENCLOSED BY \'"\' IGNORE 1 LINES,\nreading nullable columns as NULLIF(@c, \'\') and bytes as UNHEX(@c)), then run constraints.sql',
  sqlite: 'load the data files in manifest.json loadOrder inside one transaction (late foreign keys are DEFERRABLE INITIALLY DEFERRED;\nempty fields are NULL, bytes are hex), then run constraints.sql',
  mssql: 'load the data files in manifest.json loadOrder (BULK INSERT ... WITH (FORMAT = \'CSV\', FIRSTROW = 2, KEEPIDENTITY, KEEPNULLS)), then run constraints.sql',
};

/** MySQL converts a TIMESTAMP from the session's time zone: LOAD DATA must run in UTC, as the values are. */
function loadNote(schema: Schema, target: Target, order: LoadOrder): string {
  const late = target === 'sqlite' && order.lateEdges.length > 0 ? `${LOAD_NOTE[target]};\nrun PRAGMA defer_foreign_keys = ON right after BEGIN (a NOT NULL cycle's key is checked at COMMIT)` : undefined;
  if (late !== undefined) return late;
  const unix = target === 'mysql' && schema.tables.some((t) => t.columns.some((c) => isUnixTimestamp(c.type)));
  return unix ? `${LOAD_NOTE[target]};\nrun LOAD DATA after SET time_zone = '+00:00' (TIMESTAMP values are UTC)` : LOAD_NOTE[target];
}

function frame(body: string, target: Target): string {
  const d = sqlDialect(target);
  if (body.trim() === '') return '-- nothing to do\n';
  const pre = d.preamble.map((s) => `${s}\n`).join('');
  return d.transactionalDdl ? `${pre}${d.begin}\n\n${body}\n${d.commit}\n` : `${pre}\n${body}`;
}

/**
 * `schema.sql` shipped beside CSV/JSON output: session settings and the DDL of
 * {@link renderCreateTables} (`bulk-load` purpose), in a transaction where DDL is
 * transactional.
 *
 * @example
 * ```ts
 * writeFileSync('out/schema.sql', bulkLoadSchemaScript(data, 'postgres'))
 * ```
 */
export function bulkLoadSchemaScript(data: GeneratedData, target: Target): string {
  const head = scriptHeader(data, target, `schema for the data files: run this first, then\n${loadNote(data.schema, target, data.order)}`);
  return head + frame(renderCreateTables(data.schema, data.order, target), target);
}

/**
 * `constraints.sql` shipped beside CSV/JSON output: the secondary indexes, late FOREIGN KEYs
 * and identity re-syncs of {@link renderPostLoad}; run after all files are loaded.
 *
 * @example
 * ```ts
 * writeFileSync('out/constraints.sql', bulkLoadConstraintsScript(data, 'postgres'))
 * ```
 */
export function bulkLoadConstraintsScript(data: GeneratedData, target: Target): string {
  const indexes = data.schema.tables.some((t) => (t.indexes ?? []).length > 0) ? 'indexes, ' : '';
  const head = scriptHeader(data, target, `run after loading every data file: ${indexes}late foreign keys, identity sequences`);
  return head + frame(renderPostLoad(data.schema, data.order, target), target);
}
