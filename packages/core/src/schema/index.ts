export * from './logical-type.js';
export * from './expr.js';
export * from './table.js';
export * from './schema.js';
export * from './schema-graph.js';
export * from './check-schema.js';
export * from './table-keys.js';
export type { Value, Row } from './value.js';
export type { TableData, GeneratedData, RowRange } from './table-data.js';
