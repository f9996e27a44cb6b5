import { ExitCodes, generate, generateToDirectory, RowforgeError, type GeneratedData } from '@rowforge/core';
import type { Dataset, Store } from '@rowforge/store';
import type { Io } from '../../io.js';
import { ProgressBar } from '../../progress-bar.js';
import { mustGetDataset } from './datasets-commands.js';
import { exportStoredRows } from './export-stored-rows.js';
import { withStore } from './with-store.js';

export interface ExportFlags {
  readonly out: string;
  readonly overwrite: boolean;
}

/**
 * Regenerating reproduces the original run only with the same row counts (checked here) and the
 * same generator version (else the stored rows are exported instead).
 */
function assertReproducible(d: Dataset, data: GeneratedData): void {
  const planned = new Map(data.tables.map((t) => [t.table.name, t.rowCount]));
  const off = d.rowCounts.find((t) => planned.get(t.table) !== t.rows);
  if (off) throw new RowforgeError('INTERNAL', `the stored row count of ${off.table} (${off.rows}) differs from its plan (${planned.get(off.table) ?? 0})`, { table: off.table });
}

async function exportFromStore(store: Store, d: Dataset, flags: ExportFlags, io: Io, version: string): Promise<number> {
  io.err(`rowforge: dataset ${d.id} was made by generator ${d.generatorVersion}, this is ${version}: exporting the stored rows (PostgreSQL text forms) instead of regenerating`);
  await exportStoredRows(store, d, flags.out, flags.overwrite);
  return finish(store, d, flags, io, 'store');
}

async function finish(store: Store, d: Dataset, flags: ExportFlags, io: Io, source: 'regenerated' | 'store'): Promise<number> {
  const rows = d.rowCounts.reduce((n, t) => n + t.rows, 0);
  await store.audit.record({ project: d.project, action: 'export', datasetId: d.id, details: { out: flags.out, format: 'csv', rows, source } });
  io.out(`exported dataset ${d.id} (${d.name}): ${d.rowCounts.length} tables, ${rows.toLocaleString('en-US')} rows as CSV to ${flags.out}`);
  return ExitCodes.ok;
}

/**
 * `rowforge datasets export ID --out DIR`: the dataset as CSV files (for PostgreSQL). The rows are
 * regenerated from the stored schema and plan — generation is deterministic, so the files (with
 * schema.sql, manifest.json and validation.json) are those of the original run; a dataset made by
 * another generator version is exported from the rows in the store instead.
 */
export function datasetsExport(id: string, flags: ExportFlags, io: Io): Promise<number> {
  return withStore(async (store) => {
    const d = await mustGetDataset(store, id);
    const data = generate(d.schema, d.plan);
    if (data.generatorVersion !== d.generatorVersion) return exportFromStore(store, d, flags, io, data.generatorVersion);
    assertReproducible(d, data);
    const bar = new ProgressBar();
    const { validation } = await generateToDirectory({
      schema: d.schema, plan: d.plan, dir: flags.out, format: 'csv', target: 'postgres', overwrite: flags.overwrite,
      onProgress: (e) => bar.update(e.table, e.rowsDone, e.rowCount),
    });
    bar.done();
    await finish(store, d, flags, io, 'regenerated');
    if (validation && !validation.ok) io.out(`validation: ${validation.violationCount} violation(s); see ${flags.out}/validation.json`);
    return validation && !validation.ok ? ExitCodes.validation : ExitCodes.ok;
  });
}
