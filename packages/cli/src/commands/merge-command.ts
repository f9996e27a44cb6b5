import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExitCodes, mergeShards, renderSummary, validateDirectory, type SourceDialect } from '@rowforge/core';
import type { Io } from '../io.js';
import { readSchema } from '../read-schema.js';

/** `rowforge merge DIR [--schema FILE]`: joins shard parts; validates when given the schema. */
export async function mergeCommand(dir: string, flags: { schema?: string; dialect: SourceDialect | 'auto' }, io: Io): Promise<number> {
  const schema = flags.schema ? (await readSchema(flags.schema, flags.dialect)).schema : undefined;
  const manifest = mergeShards(dir);
  const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
  io.out(`merged ${manifest.tables.length} tables, ${rows.toLocaleString('en-US')} rows in ${dir}`);
  if (!schema) return ExitCodes.ok;
  const report = await validateDirectory(dir, schema);
  writeFileSync(join(dir, 'validation.json'), `${JSON.stringify(report, null, 2)}\n`);
  io.out(renderSummary(report));
  return report.ok ? ExitCodes.ok : ExitCodes.validation;
}
