import { RowforgeError, type ErrorCode } from '../../errors/index.js';
import type { SourceText } from '../text/source-text.js';

/** One line, no trailing period: messages are shown as `file:line:col: message`. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/** A RowforgeError positioned at a UTF-16 offset of the original text. */
export function errorAt(src: SourceText, offset: number, code: ErrorCode, message: string, hint?: string): RowforgeError {
  const { line, column } = src.positionAt(offset);
  const position = src.file === undefined ? { line, column } : { file: src.file, line, column };
  return new RowforgeError(code, oneLine(message), hint === undefined ? { position } : { position, hint });
}

/** A construct that shapes data but that Rowforge cannot represent. */
export function unsupportedAt(src: SourceText, offset: number, message: string, hint?: string): RowforgeError {
  return errorAt(src, offset, 'DDL_UNSUPPORTED', message, hint);
}
