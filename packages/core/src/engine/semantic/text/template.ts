import type { Rng } from '../../rng.js';
import { invalidArgument } from '../internal/invalid-argument.js';

/** One choice of a list part: plain text, or a nested template (an alternative with a slot). */
export type TemplateChoice = string | Template;
/** Literal text, or a list to pick one choice from. */
export type TemplatePart = string | readonly TemplateChoice[];
/** A compiled template: parts concatenated in order. */
export type Template = readonly TemplatePart[];
/** Named word lists a template's `{slot}`s pick from. */
export type SlotTable = Readonly<Record<string, readonly string[]>>;

const TOKEN = /\{(\w+)\}|\[([^\]]*)\]/g;

/**
 * Compiles "Leave it at the {spot}[, please|]." into parts: `{name}` picks from
 * `slots[name]`; `[a|b {slot}|]` picks one alternative (empty allowed), and an
 * alternative may itself contain `{slot}`s.
 */
export function compileTemplate(source: string, slots: SlotTable): Template {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of source.matchAll(TOKEN)) {
    if (m.index > last) parts.push(source.slice(last, m.index));
    parts.push(m[1] !== undefined ? slotList(slots, m[1], source) : alternatives(m[2] ?? '', slots));
    last = m.index + m[0].length;
  }
  if (last < source.length) parts.push(source.slice(last));
  return Object.freeze(parts);
}

function alternatives(body: string, slots: SlotTable): readonly TemplateChoice[] {
  return Object.freeze(body.split('|').map((alt) => (alt.includes('{') ? compileTemplate(alt, slots) : alt)));
}

function slotList(slots: SlotTable, name: string, source: string): readonly string[] {
  const list = slots[name];
  if (!list || list.length === 0) throw invalidArgument(`template "${source}" uses unknown slot {${name}}`);
  return list;
}

/** Fills a template as is (no capitalisation). */
export function fillRaw(rng: Rng, template: Template): string {
  let out = '';
  for (const part of template) {
    if (typeof part === 'string') out += part;
    else {
      const choice = rng.pick(part);
      out += typeof choice === 'string' ? choice : fillRaw(rng, choice);
    }
  }
  return out;
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Fills a template and capitalises the first letter. */
export function fillTemplate(rng: Rng, template: Template): string {
  return capitalize(fillRaw(rng, template));
}

function capitalizeChoice(choice: TemplateChoice): TemplateChoice | undefined {
  if (typeof choice !== 'string') return choice.length > 0 ? capitalizeTemplate(choice) : undefined;
  return choice.length > 0 ? capitalize(choice) : undefined;
}

/**
 * The template with the first letter of its output capitalised ahead of time, so
 * `fillRaw(rng, capitalizeTemplate(t))` equals `fillTemplate(rng, t)` with the same draws and
 * without re-slicing the filled text; `undefined` when an empty choice could move the first letter.
 */
export function capitalizeTemplate(template: Template): Template | undefined {
  const [first, ...rest] = template;
  if (first === undefined) return template;
  if (typeof first === 'string') return first.length > 0 ? Object.freeze([capitalize(first), ...rest]) : undefined;
  const choices = first.map(capitalizeChoice);
  if (choices.some((c) => c === undefined)) return undefined;
  return Object.freeze([Object.freeze(choices as TemplateChoice[]), ...rest]);
}
