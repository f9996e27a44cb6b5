/**
 * Narrowing helpers for sqlparser-ts ASTs. Its published typings do not match what the WASM
 * returns (serde JSON of sqlparser-rs), so the AST is walked as `unknown` and narrowed here.
 * Enum values arrive as a bare string (`'NotNull'`) or a one-key object (`{ Int: 11 }`).
 */
export type Obj = Readonly<Record<string, unknown>>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function arr(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? (v as unknown[]) : [];
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** `[tag, payload]` of an enum value: `'Text'` → ['Text', undefined], `{ Int: 11 }` → ['Int', 11]. */
export function variant(v: unknown): readonly [string, unknown] {
  if (typeof v === 'string') return [v, undefined];
  if (isObj(v)) {
    const keys = Object.keys(v);
    if (keys.length === 1) return [keys[0] as string, v[keys[0] as string]];
  }
  return ['', undefined];
}

/** The payload of `{ [tag]: payload }`, or undefined when `v` is another variant. */
export function payload(v: unknown, tag: string): unknown {
  const [t, p] = variant(v);
  return t === tag ? p : undefined;
}

/** `Ident.value`. */
export function ident(v: unknown): string | undefined {
  return isObj(v) ? str(v.value) : undefined;
}

/** Parts of an ObjectName (`[{ Identifier: Ident }]`) or of an Ident list. */
export function nameParts(v: unknown): string[] {
  return arr(v).flatMap((p) => {
    const id = ident(payload(p, 'Identifier') ?? p);
    return id === undefined ? [] : [id];
  });
}

/** Last part of an ObjectName: `dbo.Orders` → `Orders`, `public.x` → `x`. */
export function lastName(v: unknown): string | undefined {
  const parts = nameParts(v);
  return parts[parts.length - 1];
}

interface Pos { readonly line: number; readonly column: number }

function isPos(v: unknown): v is Pos {
  return isObj(v) && typeof v.line === 'number' && typeof v.column === 'number' && v.line > 0;
}

const before = (a: Pos, b: Pos): boolean => a.line < b.line || (a.line === b.line && a.column < b.column);

/** Earliest span start and latest span end in a subtree (1-based line:column), if any. */
export function spanOf(node: unknown): { start: Pos; end: Pos } | undefined {
  let start: Pos | undefined;
  let end: Pos | undefined;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!isObj(v)) return;
    const s = v.span;
    if (isObj(s) && isPos(s.start) && isPos(s.end)) {
      if (!start || before(s.start, start)) start = s.start;
      if (!end || before(end, s.end)) end = s.end;
    }
    for (const [k, child] of Object.entries(v)) if (k !== 'span') walk(child);
  };
  walk(node);
  return start && end ? { start, end } : undefined;
}
