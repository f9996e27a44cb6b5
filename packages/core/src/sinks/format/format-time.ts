const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * `HH:MM:SS` for whole seconds since midnight (86400 gives `24:00:00`, which
 * PostgreSQL and MySQL accept).
 *
 * @example
 * ```ts
 * formatTime(3723) // '01:02:03'
 * ```
 */
export function formatTime(seconds: number): string {
  const s = Math.trunc(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${pad2(h)}:${pad2(m)}:${pad2(s % 60)}`;
}
