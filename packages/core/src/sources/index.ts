export type { SourceDialect, Diagnostic, ParseResult, ParseSchemaOptions } from './source-types.js';
export { parseSchema } from './parse-schema.js';
export { detectDialect } from './detect-dialect.js';
export { loadParsers, parsersLoaded } from './load-parsers.js';
