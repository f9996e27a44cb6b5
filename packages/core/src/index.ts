/**
 * @module @rowforge/core
 * Schema in, referentially intact, deterministic data out.
 *
 * @example
 * ```ts
 * import { loadParsers, parseSchema, planFor, generate, writeOutput, validateDirectory } from '@rowforge/core'
 *
 * await loadParsers()                                     // instantiate the WASM SQL parsers once
 * const { schema } = parseSchema(ddlText)                  // MySQL, PostgreSQL, SQLite, SQL Server or JSON
 * const plan = planFor(schema, { rows: 1000, seed: 42 })   // editable JSON plan
 * const data = generate(schema, plan)                      // lazy, deterministic row batches
 * await writeOutput(data, { dir: 'out', format: 'csv', target: 'postgres' })
 * const report = await validateDirectory('out', schema)    // independent re-check
 * ```
 */
export * from './errors/index.js';
export * from './schema/index.js';
export * from './sources/index.js';
export * from './plan/index.js';
export * from './engine/index.js';
export * from './sinks/index.js';
export * from './validation/index.js';
export * from './loaders/index.js';
export * from './pipeline/index.js';
export { daysFromIso, isCalendarDate, isoFromDays } from './util/index.js';
