import { ErrorCodes, ExitCodes, type ErrorCode } from './error-codes.js';

/** Where in a source text something happened (1-based). */
export interface SourcePosition {
  readonly file?: string;
  readonly line: number;
  readonly column: number;
}

export interface RowforgeErrorDetails {
  readonly position?: SourcePosition;
  readonly table?: string;
  readonly column?: string;
  readonly constraint?: string;
  readonly hint?: string;
  readonly [key: string]: unknown;
}

/**
 * The one error class Rowforge throws for user-facing failures.
 * `code` is stable; `details` carries what a user needs to act.
 *
 * @example
 * ```ts
 * try { parseSchema('CREATE TABLE (') } catch (e) {
 *   if (isRowforgeError(e, 'DDL_SYNTAX')) console.log(e.details.position)
 * }
 * ```
 */
export class RowforgeError extends Error {
  readonly _tag = 'RowforgeError' as const;
  readonly code: ErrorCode;
  readonly details: RowforgeErrorDetails;

  constructor(code: ErrorCode, message: string, details: RowforgeErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RowforgeError';
    this.code = code;
    this.details = details;
  }

  /** Process exit code for this error's category. */
  get exitCode(): number {
    return ExitCodes[ErrorCodes[this.code]];
  }

  /** One line: `file:line:column: message (hint)`. */
  oneLine(): string {
    const p = this.details.position;
    const where = p ? `${p.file ?? '<input>'}:${p.line}:${p.column}: ` : '';
    const hint = this.details.hint ? ` (${this.details.hint})` : '';
    return `${where}${this.message}${hint}`.replace(/\s*\n\s*/g, ' ');
  }
}

/** Type guard that works across duplicate package copies (checks `_tag`, not `instanceof`). */
export function isRowforgeError(e: unknown, code?: ErrorCode): e is RowforgeError {
  if (typeof e !== 'object' || e === null) return false;
  const tagged = (e as { _tag?: unknown })._tag === 'RowforgeError';
  return tagged && (code === undefined || (e as RowforgeError).code === code);
}
