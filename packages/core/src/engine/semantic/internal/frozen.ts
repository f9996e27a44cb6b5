import { invalidArgument } from './invalid-argument.js';

/** A frozen copy of a non-empty list (data lists are checked once at module load). */
export function frozenList<T>(name: string, items: readonly T[] | null | undefined): readonly T[] {
  if (!items || items.length === 0) throw invalidArgument(`data list ${name} is empty`);
  return Object.freeze([...items]);
}

/** Splits a `|`-separated data string into a frozen list of trimmed, non-empty entries. */
export function listOf(name: string, text: string): readonly string[] {
  return frozenList(name, text.split('|').map((s) => s.trim()).filter((s) => s.length > 0));
}
