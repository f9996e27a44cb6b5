import type { Plan } from '../plan/index.js';
import { validatePlan } from '../plan/index.js';
import type { GeneratedData, RowRange, Schema, Table, TableData } from '../schema/index.js';
import { findColumn, getTable, loadOrder } from '../schema/index.js';
import { daysFromIso, hash64Hex } from '../util/index.js';
import { GENERATOR_VERSION } from './generator-version.js';
import { parentPicker, productPickers, type ParentPicker, type PickerEnv } from './keys/parent-picker.js';
import { keyTuples, type KeyTuple } from './keys/key-tuples.js';
import { referencedKeys } from './referenced-keys.js';
import { resolveRows, type ResolvedRows } from './resolve-rows.js';
import { TableModel, type LinkedKey } from './table-model.js';

function columnIndexes(table: Table, names: readonly string[]): number[] {
  return names.map((n) => table.columns.indexOf(findColumn(table, n) as Table['columns'][number]));
}

function pickerEnvs(schema: Schema, plan: Plan, table: Table, resolved: ResolvedRows): PickerEnv[] {
  const tp = plan.tables[table.name];
  return table.foreignKeys.map((fk, fkIndex) => {
    const parent = getTable(schema, fk.refTable);
    const fkPlan = tp?.foreignKeys[fkIndex] ?? { columns: [...fk.columns], references: fk.refTable, distribution: { kind: 'uniform' as const }, nullRate: 0 };
    return {
      seed: plan.seed, table: table.name, fkIndex, fk: fkPlan,
      rows: resolved.rows.get(table.name) ?? 0, parentRows: resolved.rows.get(parent.name) ?? 0,
      selfReference: parent.name === table.name,
      nullable: fk.columns.every((c) => findColumn(table, c)?.nullable ?? false),
    };
  });
}

function pickersFor(envs: readonly PickerEnv[], resolved: ResolvedRows, tuples: readonly KeyTuple[]): ParentPicker[] {
  const fromTuple = new Map<number, ParentPicker>();
  for (const t of tuples) {
    t.dimensions.forEach((d, i) => { if (d.kind === 'fk') fromTuple.set(d.fkIndex, (row) => t.digit(row, i)); });
  }
  const product = envs.filter((e) => e.fk.distribution.kind === 'product' && !e.selfReference && !fromTuple.has(e.fkIndex));
  const productPicks = productPickers(product);
  return envs.map((e) => {
    const at = product.indexOf(e);
    return fromTuple.get(e.fkIndex) ?? (at >= 0 ? (productPicks[at] as ParentPicker) : parentPicker(e, resolved.grouped.get(`${e.table}#${e.fkIndex}`)));
  });
}

/** Fills the plain columns of composite keys from the row's key tuple. */
function applyTuples(model: TableModel, tuples: readonly KeyTuple[]): void {
  for (const t of tuples) {
    t.dimensions.forEach((d, i) => { if (d.kind === 'column') model.overrideCell(d.column, (ctx) => d.valueAt(t.digit(ctx.row, i))); });
  }
}

function link(schema: Schema, plan: Plan, models: Map<string, TableModel>, resolved: ResolvedRows): void {
  for (const table of schema.tables) {
    const envs = pickerEnvs(schema, plan, table, resolved);
    const model = models.get(table.name) as TableModel;
    const tp = plan.tables[table.name];
    const tuples = tp ? keyTuples(plan.seed, table, tp, model.rows, (i) => envs[i]?.parentRows ?? 0) : [];
    applyTuples(model, tuples);
    const pickers = pickersFor(envs, resolved, tuples);
    const keys: LinkedKey[] = table.foreignKeys.map((fk, i) => {
      const parent = getTable(schema, fk.refTable);
      return {
        picker: pickers[i] as ParentPicker,
        parent: models.get(parent.name) as TableModel,
        childColumns: columnIndexes(table, fk.columns),
        parentColumns: columnIndexes(parent, fk.refColumns),
      };
    });
    model.link(keys);
  }
}

function tableData(model: TableModel): TableData {
  const end = (range: RowRange | undefined): number => Math.min(range?.end ?? model.rows, model.rows);
  return {
    table: model.table,
    rowCount: model.rows,
    batches: (range?: RowRange) => model.batches(range?.start ?? 0, end(range)),
    eachRow: (range, visit) => model.eachRow(range.start, end(range), visit),
  };
}

/** A run's table models, linked, keyed by table name; `plan` is the validated plan. */
export interface RunModels {
  readonly plan: Plan;
  readonly models: ReadonlyMap<string, TableModel>;
}

/** Compiles every planned table and links their foreign keys; nothing is generated yet. */
export function buildModels(schema: Schema, planInput: Plan): RunModels {
  const plan = validatePlan(schema, planInput);
  const resolved = resolveRows(schema, plan);
  const referenceDay = daysFromIso(plan.referenceDate);
  const models = new Map<string, TableModel>();
  const referenced = referencedKeys(schema, models, resolved.rows);
  for (const t of schema.tables) {
    const tp = plan.tables[t.name];
    if (tp) models.set(t.name, new TableModel(t, tp, resolved.rows.get(t.name) ?? 0, { seed: plan.seed, referenceDay, referenced }));
  }
  link(schema, plan, models, resolved);
  return { plan, models };
}

/**
 * Turns a schema and a plan into lazily generated tables. Nothing is generated until a sink
 * iterates `batches()`; every cell is a pure function of (seed, table, column, row), so any
 * range of any table can be made on its own and comes out the same.
 *
 * @example
 * ```ts
 * const data = generate(schema, planFor(schema, { rows: 100, seed: 7 }))
 * for (const batch of data.tables[0].batches()) console.log(batch.length)
 * ```
 */
export function generate(schema: Schema, planInput: Plan): GeneratedData {
  const { plan, models } = buildModels(schema, planInput);
  const order = loadOrder(schema);
  return {
    schema, order, seed: plan.seed, planHash: hash64Hex(JSON.stringify(plan)), generatorVersion: GENERATOR_VERSION,
    tables: order.tables.map((name) => tableData(models.get(name) as TableModel)),
  };
}
