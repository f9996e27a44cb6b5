/**
 * The shape of a SQL regular expression, for making values that match it: the subset of
 * PostgreSQL/MySQL syntax that IDs and codes use (also what the CHECK evaluators read, see `sqlRegExp`). Anchors are dropped (a generated value is the
 * whole match), `.` and negated classes draw from letters and digits.
 */
export type RegexShape =
  | { readonly kind: 'chars'; readonly set: string }
  | { readonly kind: 'seq'; readonly items: readonly RegexShape[] }
  | { readonly kind: 'alt'; readonly options: readonly RegexShape[] }
  | { readonly kind: 'repeat'; readonly node: RegexShape; readonly min: number; readonly max: number };

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = DIGITS + UPPER + LOWER;
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const ESCAPES: Readonly<Record<string, string>> = { d: DIGITS, w: `${ALNUM}_`, s: ' ' };
const POSIX: Readonly<Record<string, string>> = {
  digit: DIGITS, alpha: UPPER + LOWER, upper: UPPER, lower: LOWER, alnum: ALNUM, xdigit: `${DIGITS}ABCDEFabcdef`, space: ' ', blank: ' ', word: `${ALNUM}_`,
};
const LARGEST_COUNT = 64;

class Unsupported extends Error {}

class Reader {
  #i = 0;
  constructor(private readonly src: string) {}

  parse(): RegexShape {
    const shape = this.alt();
    if (this.#i < this.src.length) throw new Unsupported(`unexpected ${this.src.charAt(this.#i)}`);
    return shape;
  }

  private peek(): string {
    return this.src.charAt(this.#i);
  }

  private alt(): RegexShape {
    const options = [this.seq()];
    while (this.peek() === '|') { this.#i++; options.push(this.seq()); }
    return options.length === 1 ? (options[0] as RegexShape) : { kind: 'alt', options };
  }

  private seq(): RegexShape {
    const items: RegexShape[] = [];
    while (this.#i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      if (atom) items.push(this.quantified(atom));
    }
    return { kind: 'seq', items };
  }

  private atom(): RegexShape | undefined {
    const c = this.src.charAt(this.#i++);
    if (c === '^' || c === '$') return undefined;
    if (c === '(') return this.group();
    if (c === '[') return { kind: 'chars', set: this.bracket() };
    if (c === '.') return { kind: 'chars', set: ALNUM };
    if (c === '\\') return { kind: 'chars', set: this.escape() };
    if ('*+?{)'.includes(c)) throw new Unsupported(`${c} with nothing before it`);
    return { kind: 'chars', set: c };
  }

  private group(): RegexShape {
    if (this.src.startsWith('?:', this.#i)) this.#i += 2;
    else if (this.peek() === '?') throw new Unsupported('(? group');
    const inner = this.alt();
    if (this.src.charAt(this.#i++) !== ')') throw new Unsupported('unclosed (');
    return inner;
  }

  private escape(): string {
    const c = this.src.charAt(this.#i++);
    if (c === '') throw new Unsupported('trailing \\');
    if (ESCAPES[c] !== undefined) return ESCAPES[c];
    if (/[A-Za-z0-9]/.test(c)) throw new Unsupported(`\\${c}`);
    return c;
  }

  private bracket(): string {
    const negated = this.peek() === '^';
    if (negated) this.#i++;
    let set = '';
    let first = true;
    while (this.#i < this.src.length && (first || this.peek() !== ']')) {
      set += this.bracketItem();
      first = false;
    }
    if (this.src.charAt(this.#i++) !== ']') throw new Unsupported('unclosed [');
    return negated ? negate(set) : set;
  }

  private bracketItem(): string {
    const posix = /^\[:([a-z]+):\]/.exec(this.src.slice(this.#i));
    if (posix) {
      this.#i += posix[0].length;
      const name = posix[1] as string;
      const set = POSIX[name];
      if (set === undefined) throw new Unsupported(`[:${name}:]`);
      return set;
    }
    const c = this.src.charAt(this.#i++);
    const single = c === '\\' ? this.escape() : c;
    if (single.length !== 1 || this.peek() !== '-' || this.src.charAt(this.#i + 1) === ']' || this.#i + 1 >= this.src.length) return single;
    this.#i++;
    const end = this.src.charAt(this.#i++);
    return range(single, end === '\\' ? this.escape() : end);
  }

  private quantified(atom: RegexShape): RegexShape {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') return this.counted(atom);
    else return atom;
    this.#i++;
    if (this.peek() === '?') this.#i++;
    return { kind: 'repeat', node: atom, min, max };
  }

  private counted(atom: RegexShape): RegexShape {
    const m = /^\{(\d+)(,(\d*))?\}\??/.exec(this.src.slice(this.#i));
    if (!m) throw new Unsupported('{');
    this.#i += m[0].length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    if (min > LARGEST_COUNT || max < min) throw new Unsupported('count');
    return { kind: 'repeat', node: atom, min, max };
  }
}

function range(from: string, to: string): string {
  const a = from.charCodeAt(0);
  const b = to.charCodeAt(0);
  if (to.length !== 1 || b < a || b - a > 0xff) throw new Unsupported(`range ${from}-${to}`);
  return Array.from({ length: b - a + 1 }, (_, i) => String.fromCharCode(a + i)).join('');
}

/** Letters and digits outside `set` (printable ASCII when it excludes them all). */
function negate(set: string): string {
  const alnum = [...ALNUM].filter((c) => !set.includes(c)).join('');
  if (alnum !== '') return alnum;
  const printable = [...PRINTABLE].filter((c) => !set.includes(c)).join('');
  if (printable === '') throw new Unsupported('empty class');
  return printable;
}

/**
 * The shape of `pattern`, or undefined when it uses syntax outside the subset (look-arounds,
 * back-references, `\m`, Unicode classes, …): a column with such a CHECK keeps its inferred
 * generator, and rows that fail the CHECK are redrawn.
 *
 * @example
 * ```ts
 * regexShape('^[A-Z]{3}-[0-9]{4}$') // seq of 3 letters, '-', 4 digits
 * ```
 */
export function regexShape(pattern: string): RegexShape | undefined {
  try {
    return new Reader(pattern).parse();
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** True when the shape can match texts of more than one form (an alternation, a repeat of varying count). */
function varies(shape: RegexShape): boolean {
  switch (shape.kind) {
    case 'chars': return false;
    case 'seq': return shape.items.some(varies);
    case 'alt': return true;
    case 'repeat': return shape.min !== shape.max || varies(shape.node);
  }
}

/**
 * False when a repeat of more than one round holds a part that varies (`(a+)+`, `(a|ab)*`,
 * `(a*){9}`): patterns a backtracking matcher such as JavaScript's can take exponential (or
 * high-polynomial) time on. Only linear shapes are evaluated, as CHECK patterns come from users'
 * schemas; `(-[0-9]{4})?` and `([A-Z][0-9])+` are linear.
 */
export function isLinearShape(shape: RegexShape): boolean {
  switch (shape.kind) {
    case 'chars': return true;
    case 'seq': return shape.items.every(isLinearShape);
    case 'alt': return shape.options.every(isLinearShape);
    case 'repeat': return (shape.max <= 1 || !varies(shape.node)) && isLinearShape(shape.node);
  }
}

/** Repeats of an unbounded quantifier (`*`, `+`, `{n,}`) beyond its minimum in a unique value. */
const UNIQUE_EXTRA = 4;

/**
 * The character sets, in order, of the one form unique values take: each alternation's first
 * option, each bounded repeat at its maximum, each unbounded one at its minimum plus 4. A row
 * index written in mixed radix over these sets gives distinct values for distinct rows.
 */
export function uniqueSlots(shape: RegexShape): string[] {
  switch (shape.kind) {
    case 'chars': return [shape.set];
    case 'seq': return shape.items.flatMap(uniqueSlots);
    case 'alt': return shape.options[0] ? uniqueSlots(shape.options[0]) : [];
    case 'repeat': {
      const count = Number.isFinite(shape.max) ? shape.max : shape.min + UNIQUE_EXTRA;
      return Array.from({ length: count }, () => uniqueSlots(shape.node)).flat();
    }
  }
}

/** Distinct values the unique form of a shape holds (the product of its slots' sizes). */
export function uniqueSlotCapacity(slots: readonly string[]): number {
  return slots.reduce((n, s) => n * s.length, 1);
}
