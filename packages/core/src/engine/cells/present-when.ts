import type { CellFn } from '../row-context.js';
import type { BuiltCell, CellEnv } from './cell-env.js';

/**
 * A cell that is NULL unless the row's `presentWhen.column` (a status) holds one of
 * `presentWhen.in` (compared as text, so `3` matches a status of 3): a `shipped_at` only on
 * shipped and delivered orders. The status column becomes a dependency, so it is computed first
 * (and recomputed first on a CHECK redraw). `built` is returned as is when the spec has no `presentWhen`.
 *
 * @example
 * ```ts
 * gatedByStatus(built, env) // env.spec.presentWhen = { column: 'status', in: ['shipped', 'delivered'] }
 * ```
 */
export function gatedByStatus(built: BuiltCell, env: CellEnv): BuiltCell {
  const when = env.spec.presentWhen;
  if (!when) return built;
  const at = env.indexOf(when.column);
  const allowed = new Set(when.in.map(String));
  const inner: CellFn = built.fn;
  const fn: CellFn = (ctx) => {
    const status = ctx.values[at];
    return status !== null && status !== undefined && allowed.has(String(status)) ? inner(ctx) : null;
  };
  return { ...built, fn, deps: built.deps.includes(at) ? built.deps : [...built.deps, at] };
}
