/**
 * The shape of a SQL regular expression: the subset of PostgreSQL/MySQL syntax that IDs and
 * codes use. The generator draws values from it, and the CHECK evaluators compile exactly it
 * (`shapeSource`), so a regex is evaluated the way it is understood.
 * `chars` is one character of `set` (or, `negated`, one character outside it; `.` is a negated
 * empty set); `start`/`end` are the anchors `^`/`$`.
 */
export type RegexShape =
  | { readonly kind: 'chars'; readonly set: string; readonly negated?: boolean }
  | { readonly kind: 'start' }
  | { readonly kind: 'end' }
  | { readonly kind: 'seq'; readonly items: readonly RegexShape[] }
  | { readonly kind: 'alt'; readonly options: readonly RegexShape[] }
  | { readonly kind: 'repeat'; readonly node: RegexShape; readonly min: number; readonly max: number };

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = DIGITS + UPPER + LOWER;
const ESCAPES: Readonly<Record<string, string>> = { d: DIGITS, w: `${ALNUM}_`, s: ' \t\n\r\f\v' };
const POSIX: Readonly<Record<string, string>> = {
  digit: DIGITS, alpha: UPPER + LOWER, upper: UPPER, lower: LOWER, alnum: ALNUM, xdigit: `${DIGITS}ABCDEFabcdef`,
  space: ' \t\n\r\f\v', blank: ' \t', word: `${ALNUM}_`,
};
/** Largest count a quantifier may give (`{n,m}`), and the longest form a pattern may have. */
const LARGEST_COUNT = 256;
const LONGEST_FORM = 1024;

class Unsupported extends Error {}

const unique = (chars: string): string => [...new Set(chars)].join('');

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
    while (this.#i < this.src.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.quantified(this.atom()));
    return { kind: 'seq', items };
  }

  private atom(): RegexShape {
    const c = this.src.charAt(this.#i++);
    if (c === '^') return { kind: 'start' };
    if (c === '$') return { kind: 'end' };
    if (c === '(') return this.group();
    if (c === '[') return this.bracket();
    if (c === '.') return { kind: 'chars', set: '', negated: true };
    if (c === '\\') return { kind: 'chars', set: this.escape() };
    if ('*+?{}])'.includes(c)) throw new Unsupported(`a bare ${c}`);
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

  private bracket(): RegexShape {
    const negated = this.peek() === '^';
    if (negated) this.#i++;
    let set = '';
    let first = true;
    while (this.#i < this.src.length && (first || this.peek() !== ']')) {
      set += this.bracketItem();
      first = false;
    }
    if (this.src.charAt(this.#i++) !== ']') throw new Unsupported('unclosed [');
    return negated ? { kind: 'chars', set: unique(set), negated } : { kind: 'chars', set: unique(set) };
  }

  private bracketItem(): string {
    if (this.src.startsWith('[:', this.#i) || this.src.startsWith('[.', this.#i) || this.src.startsWith('[=', this.#i)) return this.posixClass();
    const c = this.src.charAt(this.#i++);
    if (c === '[') throw new Unsupported('[ in a bracket');
    const single = c === '\\' ? this.escape() : c;
    if (single.length !== 1 || this.peek() !== '-' || this.src.charAt(this.#i + 1) === ']' || this.#i + 1 >= this.src.length) return single;
    this.#i++;
    const end = this.src.charAt(this.#i++);
    return range(single, end === '\\' ? this.escape() : end);
  }

  private posixClass(): string {
    const m = /^\[:([a-z]+):\]/.exec(this.src.slice(this.#i));
    const set = m ? POSIX[m[1] as string] : undefined;
    if (!m || set === undefined) throw new Unsupported('collating element or unknown class');
    this.#i += m[0].length;
    return set;
  }

  private quantified(atom: RegexShape): RegexShape {
    const c = this.peek();
    if (c === '{') return this.counted(atom);
    const bounds = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : c === '?' ? [0, 1] : undefined;
    if (!bounds) return atom;
    if (atom.kind === 'start' || atom.kind === 'end') throw new Unsupported('a quantified anchor');
    this.#i++;
    if (this.peek() === '?') this.#i++;
    return { kind: 'repeat', node: atom, min: bounds[0] as number, max: bounds[1] as number };
  }

  private counted(atom: RegexShape): RegexShape {
    const m = /^\{(\d+)(,(\d*))?\}\??/.exec(this.src.slice(this.#i));
    if (!m || atom.kind === 'start' || atom.kind === 'end') throw new Unsupported('{');
    this.#i += m[0].length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    if (min > LARGEST_COUNT || max < min || (Number.isFinite(max) && max > LARGEST_COUNT)) throw new Unsupported('count');
    return { kind: 'repeat', node: atom, min, max };
  }
}

function range(from: string, to: string): string {
  const a = from.charCodeAt(0);
  const b = to.charCodeAt(0);
  if (to.length !== 1 || b < a || b - a > 0xff) throw new Unsupported(`range ${from}-${to}`);
  return Array.from({ length: b - a + 1 }, (_, i) => String.fromCharCode(a + i)).join('');
}

/** The longest value a shape gives, counting an unbounded repeat as its minimum + 8. */
export function longestForm(shape: RegexShape): number {
  switch (shape.kind) {
    case 'chars': return 1;
    case 'start': case 'end': return 0;
    case 'seq': return shape.items.reduce((n, s) => n + longestForm(s), 0);
    case 'alt': return Math.max(...shape.options.map(longestForm));
    case 'repeat': return (Number.isFinite(shape.max) ? shape.max : shape.min + 8) * longestForm(shape.node);
  }
}

/**
 * The shape of `pattern`, or undefined when it uses syntax outside the subset (look-arounds,
 * back-references, `\m`, collating elements, …) or its longest form passes 1,024 characters:
 * a column with such a CHECK keeps its inferred generator, and the CHECK is not evaluated.
 *
 * @example
 * ```ts
 * regexShape('^[A-Z]{3}-[0-9]{4}$') // start, 3 capitals, '-', 4 digits, end
 * ```
 */
export function regexShape(pattern: string): RegexShape | undefined {
  try {
    const shape = new Reader(pattern).parse();
    return longestForm(shape) <= LONGEST_FORM && drawable(shape) ? shape : undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

function drawable(shape: RegexShape): boolean {
  switch (shape.kind) {
    case 'chars': return drawableSet(shape) !== '';
    case 'start': case 'end': return true;
    case 'seq': return shape.items.every(drawable);
    case 'alt': return shape.options.every(drawable);
    case 'repeat': return drawable(shape.node);
  }
}

/** Complements of negated sets, by node: generators ask for them once per character drawn. */
const complements = new WeakMap<Extract<RegexShape, { kind: 'chars' }>, string>();

function complementOf(node: Extract<RegexShape, { kind: 'chars' }>): string {
  const alnum = [...ALNUM].filter((c) => !node.set.includes(c)).join('');
  if (alnum !== '') return alnum;
  return Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).filter((c) => !node.set.includes(c)).join('');
}

/** Characters a generator draws for a `chars` node: its set, or for a negated one the letters and digits (else printable ASCII) outside it. */
export function drawableSet(node: Extract<RegexShape, { kind: 'chars' }>): string {
  if (!node.negated) return node.set;
  let set = complements.get(node);
  if (set === undefined) {
    set = complementOf(node);
    complements.set(node, set);
  }
  return set;
}
