import { isRowforgeError, RowforgeError } from '../../errors/index.js';
import type { RowSink } from '../run/row-sink.js';
import type { ByteSource } from './byte-source.js';

/**
 * Handles an error thrown while reading a table file: bad UTF-8 becomes a `parse`
 * finding on the table (reading stops there); anything else is rethrown as
 * FILE_UNREADABLE.
 *
 * @example
 * ```ts
 * try { … } catch (e) { readFailure(e, source, sink) }
 * ```
 */
export function readFailure(e: unknown, source: ByteSource, sink: RowSink): void {
  if (isRowforgeError(e)) throw e;
  const err = e as NodeJS.ErrnoException;
  if (err instanceof TypeError && err.code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
    sink.problem({ rule: 'parse', constraint: 'encoding', message: `${source.name} is not valid UTF-8; reading stopped there` });
    return;
  }
  throw new RowforgeError('FILE_UNREADABLE', `cannot read ${source.name}: ${err.message}`, { file: source.name }, { cause: e });
}
