import { describeType, ExitCodes, loadOrder, type Schema, type SourceDialect, type Table } from '@rowforge/core';
import type { Io } from '../io.js';
import { readSchema } from '../read-schema.js';

function describeTable(t: Table): string[] {
  const lines = [`${t.name} (${t.columns.length} columns)`];
  if (t.primaryKey) lines.push(`  primary key (${t.primaryKey.columns.join(', ')})`);
  t.uniques.forEach((u) => lines.push(`  unique (${u.columns.join(', ')})`));
  t.foreignKeys.forEach((f) => lines.push(`  foreign key (${f.columns.join(', ')}) → ${f.refTable}(${f.refColumns.join(', ')})${f.deferrable ? ' deferrable' : ''}`));
  t.checks.forEach((c) => lines.push(`  check ${c.name ? `${c.name} ` : ''}(${c.sql})`));
  t.columns.forEach((c) => lines.push(`    ${c.name} ${describeType(c.type)}${c.nullable ? '' : ' not null'}${c.autoIncrement ? ` [${c.autoIncrement}]` : ''}`));
  return lines;
}

function summary(schema: Schema, dialect: string): string[] {
  const order = loadOrder(schema);
  return [
    `dialect: ${dialect}; ${schema.tables.length} tables`,
    `load order: ${order.tables.join(' → ')}`,
    order.cycles.length ? `cycles: ${order.cycles.map((c) => c.join(' ↔ ')).join('; ')}` : 'cycles: none',
    ...order.deferredEdges.map((e) => `  deferred (second pass): ${e.child}(${e.fk.columns.join(', ')}) → ${e.parent}`),
    ...order.deferrableEdges.map((e) => `  deferrable (one transaction): ${e.child}(${e.fk.columns.join(', ')}) → ${e.parent}`),
    ...order.lateEdges.map((e) => `  late (its key is enforced once every row is in): ${e.child}(${e.fk.columns.join(', ')}) → ${e.parent}`),
    '',
    ...schema.tables.flatMap(describeTable),
  ];
}

/** `rowforge inspect`: tables, keys, load order and cycles of a schema. */
export async function inspectCommand(schemaPath: string, flags: { json: boolean; dialect: SourceDialect | 'auto'; omitUnsupported?: boolean }, io: Io): Promise<number> {
  const { schema, dialect, warnings } = await readSchema(schemaPath, flags.dialect, flags.omitUnsupported);
  if (flags.json) io.out(JSON.stringify({ schema, loadOrder: loadOrder(schema), warnings }, null, 2));
  else summary(schema, dialect).forEach((l) => io.out(l));
  return ExitCodes.ok;
}
