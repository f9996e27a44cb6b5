import type { Rng } from '../../rng.js';
import { invalidArgument } from '../internal/invalid-argument.js';

/** A compiled template: literal text or a list to pick one entry from. */
export type TemplatePart = string | readonly string[];
export type Template = readonly TemplatePart[];
export type SlotTable = Readonly<Record<string, readonly string[]>>;

const TOKEN = /\{(\w+)\}|\[([^\]]*)\]/g;

/**
 * Compiles "Leave it at the {spot}[, please|]." into parts: `{name}` picks from
 * `slots[name]`, `[a|b|]` picks one alternative (an empty one is allowed).
 */
export function compileTemplate(source: string, slots: SlotTable): Template {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of source.matchAll(TOKEN)) {
    if (m.index > last) parts.push(source.slice(last, m.index));
    parts.push(m[1] !== undefined ? slotList(slots, m[1], source) : Object.freeze((m[2] ?? '').split('|')));
    last = m.index + m[0].length;
  }
  if (last < source.length) parts.push(source.slice(last));
  return Object.freeze(parts);
}

function slotList(slots: SlotTable, name: string, source: string): readonly string[] {
  const list = slots[name];
  if (!list || list.length === 0) throw invalidArgument(`template "${source}" uses unknown slot {${name}}`);
  return list;
}

/** Fills a template and capitalises the first letter. */
export function fillTemplate(rng: Rng, template: Template): string {
  let out = '';
  for (const part of template) out += typeof part === 'string' ? part : rng.pick(part);
  return out.charAt(0).toUpperCase() + out.slice(1);
}
