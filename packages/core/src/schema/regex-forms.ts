import { drawableSet, type RegexShape } from './regex-shape.js';

type Chars = Extract<RegexShape, { kind: 'chars' }>;
type Repeat = Extract<RegexShape, { kind: 'repeat' }>;

const varies = (s: RegexShape): boolean =>
  s.kind === 'alt' || (s.kind === 'repeat' && (s.min !== s.max || varies(s.node))) || (s.kind === 'seq' && s.items.some(varies));

function overlaps(a: Chars, b: Chars): boolean {
  if (a.negated && b.negated) return true;
  if (a.negated) return [...b.set].some((c) => !a.set.includes(c));
  if (b.negated) return [...a.set].some((c) => !b.set.includes(c));
  return [...a.set].some((c) => b.set.includes(c));
}

/**
 * Whether a repeat of `chars` may give characters back to what follows it, `items[from]` on
 * (a point a backtracking matcher may split in many ways); optional repeats of other characters
 * are looked past.
 */
function ambiguousBefore(chars: Chars, items: readonly RegexShape[], from: number, top: boolean): boolean {
  const next = items[from];
  if (next === undefined) return !top;
  if (next.kind === 'end') return false;
  if (next.kind === 'chars') return overlaps(chars, next);
  if (next.kind !== 'repeat' || next.node.kind !== 'chars') return true;
  if (overlaps(chars, next.node)) return true;
  return next.min === 0 && ambiguousBefore(chars, items, from + 1, top);
}

/** Ambiguous points of a shape; Infinity for a repeat of more than one round around a part that varies (`(a+)+`, `(a|ab)*`, `(a*){9}`). */
function ambiguity(shape: RegexShape, top: boolean): number {
  switch (shape.kind) {
    case 'chars': case 'start': case 'end': return 0;
    case 'alt': return shape.options.reduce((n, o) => n + ambiguity(o, false), 0);
    case 'repeat': return shape.max > 1 && varies(shape.node) ? Infinity : ambiguity(shape.node, false);
    case 'seq': return shape.items.reduce((n, item, i) => n + ambiguity(item, false) + (isVaryingCharsRepeat(item) && ambiguousBefore(item.node as Chars, shape.items, i + 1, top) ? 1 : 0), 0);
  }
}

const isVaryingCharsRepeat = (s: RegexShape): s is Repeat => s.kind === 'repeat' && s.min !== s.max && s.node.kind === 'chars';

/**
 * True when a backtracking matcher (JavaScript's) needs at most about n² steps on a value of
 * n characters: no repeat of more than one round around a part that varies, and at most one
 * point where a varying repeat may give characters back to what follows it
 * (`^[^@]+@[^@]+\.[a-z]{2,6}$` is linear; `^[a-z]+[a-z]+[a-z]+[0-9]$` and `(a+)+` are not).
 * Only linear shapes are evaluated, as CHECK patterns come from users' schemas.
 */
export function isLinearShape(shape: RegexShape): boolean {
  return ambiguity(shape, true) <= 1;
}

/** True when the pattern spells the whole value (`^…$`), so values made from it need nothing else. */
export function isAnchored(shape: RegexShape): boolean {
  if (shape.kind === 'alt') return shape.options.every(isAnchored);
  if (shape.kind !== 'seq') return false;
  return shape.items[0]?.kind === 'start' && shape.items[shape.items.length - 1]?.kind === 'end';
}

const SYNTAX = new Set([...'^$\\.*+?()[]{}|/']);
const hex = (c: string): string => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`;
const literal = (c: string): string => (SYNTAX.has(c) ? `\\${c}` : c < ' ' ? hex(c) : c);
const classChar = (c: string): string => ('\\]^-['.includes(c) ? `\\${c}` : c < ' ' ? hex(c) : c);

/** The shape as JavaScript RegExp source (Unicode mode), so what is evaluated is exactly what was read. */
export function shapeSource(shape: RegexShape): string {
  switch (shape.kind) {
    case 'chars':
      if (!shape.negated && shape.set.length === 1) return literal(shape.set);
      return `[${shape.negated ? '^' : ''}${[...shape.set].map(classChar).join('')}]`;
    case 'start': return '^';
    case 'end': return '$';
    case 'seq': return shape.items.map(shapeSource).join('');
    case 'alt': return `(?:${shape.options.map(shapeSource).join('|')})`;
    case 'repeat': return `(?:${shapeSource(shape.node)}){${shape.min},${Number.isFinite(shape.max) ? shape.max : ''}}`;
  }
}

/** Repeats beyond the minimum an unbounded quantifier may take in a generated value. */
export const EXTRA_ROUNDS = 8;
const limitOf = (r: Repeat): number => (Number.isFinite(r.max) ? r.max : r.min + EXTRA_ROUNDS);

interface Form {
  readonly counts: Map<Repeat, number>;
  readonly options: Map<RegexShape, RegexShape>;
}

/**
 * A set without the lower-case letters whose capitals it also holds: unique values then stay
 * distinct under case-insensitive comparison (MySQL's and MariaDB's default collations).
 */
function caseDistinct(set: string): string {
  return [...set].filter((c) => c === c.toUpperCase() || !set.includes(c.toUpperCase())).join('');
}

function slotsOf(shape: RegexShape, form: Form): string[] {
  switch (shape.kind) {
    case 'chars': return [caseDistinct(drawableSet(shape))];
    case 'start': case 'end': return [];
    case 'seq': return shape.items.flatMap((s) => slotsOf(s, form));
    case 'alt': return slotsOf(form.options.get(shape) ?? (shape.options[0] as RegexShape), form);
    case 'repeat': return Array.from({ length: form.counts.get(shape) ?? shape.min }, () => slotsOf(shape.node, form)).flat();
  }
}

/** Distinct values a list of slots spells (the product of their sizes). */
export function slotCapacity(slots: readonly string[]): number {
  return slots.reduce((n, s) => n * s.length, 1);
}

function repeatsIn(shape: RegexShape, form: Form, out: Repeat[] = []): Repeat[] {
  if (shape.kind === 'repeat') { out.push(shape); repeatsIn(shape.node, form, out); }
  if (shape.kind === 'seq') shape.items.forEach((s) => repeatsIn(s, form, out));
  if (shape.kind === 'alt') repeatsIn(form.options.get(shape) ?? (shape.options[0] as RegexShape), form, out);
  return out;
}

/** Each alternation takes the option with the most values at its longest. */
function chooseOptions(shape: RegexShape, form: Form): void {
  if (shape.kind === 'alt') {
    const widest = (o: RegexShape): number => slotCapacity(slotsOf(o, { counts: new Map(repeatsIn(o, form).map((r) => [r, limitOf(r)])), options: form.options }));
    form.options.set(shape, shape.options.reduce((best, o) => (widest(o) > widest(best) ? o : best)));
  }
  if (shape.kind === 'seq') shape.items.forEach((s) => chooseOptions(s, form));
  if (shape.kind === 'alt' || shape.kind === 'repeat') (shape.kind === 'alt' ? shape.options : [shape.node]).forEach((s) => chooseOptions(s, form));
}

/**
 * The character slots of the one form unique values take: the shortest form (repeats grown
 * from their minimum, last first, within `maxLength`) with room for `rows` distinct values; a row
 * index in mixed radix over the slots is then a value of its own, also when compared without
 * case (a slot of both cases keeps the capitals). Fewer values than rows when
 * the pattern cannot hold them in `maxLength` characters.
 */
export function uniqueForm(shape: RegexShape, rows: number, maxLength: number): string[] {
  const form: Form = { counts: new Map(), options: new Map() };
  chooseOptions(shape, form);
  let slots = slotsOf(shape, form);
  while (slotCapacity(slots) < rows) {
    const grow = repeatsIn(shape, form).reverse().find((r) => (form.counts.get(r) ?? r.min) < limitOf(r) && slots.length + slotsOf(r.node, form).length <= maxLength);
    if (!grow) break;
    form.counts.set(grow, (form.counts.get(grow) ?? grow.min) + 1);
    slots = slotsOf(shape, form);
  }
  return slots;
}
