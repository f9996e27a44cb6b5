import { isRowforgeError, RowforgeError } from '../../errors/index.js';

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a parent path is not a directory',
  ENOENT: 'a parent directory does not exist',
  EISDIR: 'a directory is in the way',
  EEXIST: 'a file is in the way',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

function errnoCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * OUTPUT_UNWRITABLE with a one-line message naming the path and the reason.
 *
 * @example
 * ```ts
 * unwritable('/ro/out', Object.assign(new Error(), { code: 'EROFS' })).message
 * // 'cannot write output to "/ro/out": read-only file system'
 * ```
 */
export function unwritable(path: string, cause: unknown): RowforgeError {
  const code = errnoCode(cause);
  const reason = (code && REASONS[code]) ?? (cause instanceof Error ? (cause.message.split('\n')[0] ?? '') : String(cause));
  return new RowforgeError('OUTPUT_UNWRITABLE', `cannot write output to "${path}": ${reason}`, {
    path,
    ...(code ? { errno: code } : {}),
    hint: 'choose a directory you can write to',
  }, { cause });
}

/**
 * File-system failures become OUTPUT_UNWRITABLE for `path`; Rowforge errors and any
 * other failure (e.g. from the engine) pass through unchanged.
 *
 * @example
 * ```ts
 * throw toOutputError(e, dir)
 * ```
 */
export function toOutputError(e: unknown, path: string): unknown {
  if (isRowforgeError(e)) return e;
  const code = errnoCode(e);
  return code !== undefined && code in REASONS ? unwritable(path, e) : e;
}
