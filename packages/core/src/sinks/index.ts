/**
 * Sinks: turn generated row batches into files — CSV, JSON/NDJSON, SQL scripts per
 * dialect, ZIP — written atomically with a manifest.
 */
export type { Target } from './target.js';
export { TARGETS } from './target.js';
export type { ByteSink } from './bytes/byte-sink.js';
export { MemorySink } from './bytes/byte-sink.js';
export { ByteWriter } from './bytes/byte-writer.js';
export type { FileSet, OpenFile, TableFile, WrittenFile } from './bytes/file-set.js';
export { writeTextFile } from './bytes/file-set.js';
export { formatDate, formatYear } from './format/format-date.js';
export { formatTime } from './format/format-time.js';
export { formatTimestamp, utcOffsetSuffix } from './format/format-timestamp.js';
export { formatDecimal, formatFloat } from './format/format-number.js';
export { formatBoolean } from './format/format-boolean.js';
export { bytesToHex } from './format/format-bytes.js';
export { postgresArrayFormatter } from './format/postgres-array.js';
export { jsonFormatter, type JsonFormatter } from './format/json-formatter.js';
export { formatValue, textFormatter, type TextFormatter } from './format/text-formatter.js';
export { CsvEncoder, encodeCsv } from './csv/csv-encoder.js';
export { needsCsvQuote, writeCsvText } from './csv/csv-text.js';
export { csvCellWriter, type CsvCellWriter } from './csv/csv-cell-writer.js';
export { JsonTableEncoder, type JsonStyle } from './json/json-table-encoder.js';
export { encodeRows } from './output/encode-rows.js';
export type { ColumnContext, SqlDialect, SqlSyntax } from './sql/sql-dialect.js';
export { sqlDialect } from './sql/sql-dialects.js';
export { sqlSyntax } from './sql/sql-syntaxes.js';
export { renderExpr } from './sql/render-expr.js';
export { leftOutChecks, type LeftOutCheck } from './sql/left-out-checks.js';
export { leftOutIndexes, type LeftOutIndex } from './sql/render-indexes.js';
export { renderCreateTables, renderPostLoad, type DdlOptions } from './sql/render-create-tables.js';
export { bulkLoadConstraintsScript, bulkLoadSchemaScript } from './sql/bulk-load-scripts.js';
export { placeForeignKeys, type FkPlacement, type FkRole, type LoadPurpose, type PlacedForeignKey } from './sql/foreign-key-placement.js';
export { sqlLiteralFormatter, type SqlLiteral } from './sql/sql-literal.js';
export { InsertWriter } from './sql/insert-writer.js';
export { DeferredUpdateWriter } from './sql/deferred-update-writer.js';
export { planSqlFiles, SINGLE_SQL_FILE, type SqlFile, type SqlFilesMode, type SqlPart } from './sql/sql-file-plan.js';
export { writeSqlFiles, type SqlFilesOptions } from './sql/write-sql-files.js';
export { streamBatches, type ProgressEvent, type ProgressListener } from './stream-batches.js';
export { buildManifest, ManifestSchema, OUTPUT_FORMATS, type Manifest, type ManifestInput, type OutputFormat } from './output/manifest.js';
export { writeOutput, type OutputSummary, type WriteOutputOptions } from './output/write-output.js';
export { partRange, partSuffix, partManifestName, type Part } from './output/part.js';
export { ZIP_FILE } from './output/write-format.js';
export { safeFileStem, tableFileNames } from './file-names.js';
