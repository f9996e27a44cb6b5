export { ErrorCodes, ExitCodes, type ErrorCode, type ErrorCategory } from './error-codes.js';
export { RowforgeError, isRowforgeError, type RowforgeErrorDetails, type SourcePosition } from './rowforge-error.js';
