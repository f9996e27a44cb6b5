/** A PostgreSQL error of SQLSTATE class 22 (data exception: bad text encoding, out of range, …). */
export interface SqlDataException {
  readonly sqlState: string;
  readonly message: string;
}

function sqlStateOf(e: object): string | undefined {
  const code = 'code' in e ? e.code : undefined;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code) ? code : undefined;
}

function messageOf(e: object): string {
  const message = 'message' in e ? e.message : undefined;
  return typeof message === 'string' ? message : '';
}

/**
 * The data exception behind an error (itself or its `cause` chain, at most 5 deep), from `pg`
 * or PGlite: the request carried a value PostgreSQL refuses, so it is the caller's mistake.
 *
 * @example
 * ```ts
 * sqlDataException({ code: '22021', message: 'invalid byte sequence for encoding "UTF8": 0x00' })?.sqlState // '22021'
 * ```
 */
export function sqlDataException(e: unknown, depth = 0): SqlDataException | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const sqlState = sqlStateOf(e);
  if (sqlState !== undefined) return { sqlState, message: messageOf(e) };
  if (depth >= 5 || !('cause' in e)) return undefined;
  return sqlDataException(e.cause, depth + 1);
}
