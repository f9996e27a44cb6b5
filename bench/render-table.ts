/** A plain aligned text table: the first row is the header. */
export function renderTable(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r, i) => {
    const line = r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
    return i === 0 ? `${line}\n${'-'.repeat(line.length)}` : line;
  }).join('\n');
}

export const n0 = (x: number): string => Math.round(x).toLocaleString('en-US');
export const f2 = (x: number): string => x.toFixed(2);
export const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
