import type { ColumnContext } from './column-context.js';

/** Share of true (or 1) for a flag: about its DEFAULT when it has one, else by name (`active` mostly true, `deleted` mostly false). */
export function booleanRate(ctx: ColumnContext): number {
  const d = ctx.column.default;
  if (d?.kind === 'literal') return d.value === true || d.value === 1 || d.value === 'true' || d.value === '1' ? 0.85 : 0.15;
  if (/active|available|enabled|verified|visible|valid/.test(ctx.flat)) return 0.85;
  if (/deleted|archived|blocked|banned|suspended/.test(ctx.flat)) return 0.05;
  return 0.5;
}
