import { jsonObject } from './json-object.js';
import type { Dataset, TablePage } from '@rowforge/store';

/** A dataset as the list and the detail endpoints show it (no rows, no schema). */
export function datasetSummary(d: Dataset) {
  return {
    id: d.id, project: d.project, name: d.name, seed: d.seed, generatorVersion: d.generatorVersion,
    rowCounts: d.rowCounts.map((r) => ({ table: r.table, rows: r.rows })),
    totalRows: d.rowCounts.reduce((n, r) => n + r.rows, 0),
    validation: d.validation ? { ok: d.validation.ok, violationCount: d.validation.violationCount } : null,
    createdAt: d.createdAt,
  };
}

/** The detail view: the summary plus schema, plan and the full validation report. */
export function datasetDetail(d: Dataset) {
  return { ...datasetSummary(d), schema: jsonObject(d.schema), plan: jsonObject(d.plan), report: d.validation ? jsonObject(d.validation) : null };
}

/** A table page as JSON (mutable arrays for the response types). */
export function pageView(p: TablePage) {
  return { table: p.table, columns: [...p.columns], rows: p.rows.map((r) => [...r]), offset: p.offset, limit: p.limit, total: p.total };
}
