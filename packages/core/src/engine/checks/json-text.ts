/**
 * True when text is a JSON document: any JSON value for `json_valid` (SQLite, MySQL), only an
 * object or array when `scalars` is false (SQL Server's ISJSON before 2022 rejects scalars).
 *
 * @example
 * ```ts
 * isJsonText('{"a":1}', false) // true
 * isJsonText('hello', true)    // false
 * ```
 */
export function isJsonText(text: string, scalars: boolean): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return scalars || (typeof v === 'object' && v !== null);
  } catch {
    return false;
  }
}
