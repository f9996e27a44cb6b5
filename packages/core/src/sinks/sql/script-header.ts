import type { GeneratedData } from '../../schema/index.js';
import type { Target } from '../target.js';

const oneLine = (s: string): string => s.replace(/[\r\n]+/g, ' ');

/**
 * A one-line SQL comment (`-- text`), line breaks in `text` flattened.
 *
 * @example
 * ```ts
 * sqlComment('users: 10 rows') // '-- users: 10 rows'
 * ```
 */
export function sqlComment(text: string): string {
  return `-- ${oneLine(text)}`;
}

/**
 * The comment block that opens every SQL file Rowforge writes: generator version,
 * seed, plan hash, target and what the file is for.
 *
 * @example
 * ```ts
 * scriptHeader(data, 'postgres', 'schema for the CSV files')
 * // "-- Rowforge 0.1.0 | seed 42 | plan 9f… | target postgres\n-- schema for the CSV files\n"
 * ```
 */
export function scriptHeader(data: GeneratedData, target: Target, purpose: string): string {
  const id = `-- Rowforge ${oneLine(data.generatorVersion)} | seed ${oneLine(data.seed)} | plan ${oneLine(data.planHash)} | target ${target}`;
  return `${id}\n${purpose.split('\n').map((l) => `-- ${l}`).join('\n')}\n\n`;
}
