import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A roster in memory: relative path → rows of cells, header first. */
export type RosterFixture = Record<string, string[][]>;

/** Writes `fixture` to a fresh temporary directory and returns its path. */
export function writeFixture(fixture: RosterFixture): string {
  const dir = mkdtempSync(join(tmpdir(), 'rowforge-judge-'));
  for (const [file, rows] of Object.entries(fixture)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n');
  }
  return dir;
}

/** A deep copy of `fixture` with the cell at data row `row` (1-based), `column` set to `value`. */
export function withCell(fixture: RosterFixture, file: string, row: number, column: string, value: string): RosterFixture {
  const copy = cloneFixture(fixture);
  const rows = copy[file];
  const col = rows?.[0]?.indexOf(column) ?? -1;
  const target = rows?.[row];
  if (!target || col < 0) throw new Error(`fixture has no ${file} row ${row} column ${column}`);
  target[col] = value;
  return copy;
}

export function cloneFixture(fixture: RosterFixture): RosterFixture {
  return Object.fromEntries(Object.entries(fixture).map(([f, rows]) => [f, rows.map((r) => [...r])]));
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Splits `a,b,c` lines into a fixture table. */
export function table(...lines: string[]): string[][] {
  return lines.map((l) => l.split(','));
}

/** A deep copy of `fixture` with `cells` appended to `file`. */
export function withRow(fixture: RosterFixture, file: string, cells: string): RosterFixture {
  const copy = cloneFixture(fixture);
  const rows = copy[file];
  if (!rows) throw new Error(`fixture has no ${file}`);
  rows.push(cells.split(','));
  return copy;
}

/** A deep copy of `fixture` without `file`. */
export function withoutFile(fixture: RosterFixture, file: string): RosterFixture {
  const copy = cloneFixture(fixture);
  if (!(file in copy)) throw new Error(`fixture has no ${file}`);
  return Object.fromEntries(Object.entries(copy).filter(([f]) => f !== file));
}

/** A deep copy of `fixture` with `columns` (name → per-row values, header excluded) appended to `file`. */
export function withColumns(fixture: RosterFixture, file: string, columns: Record<string, readonly string[]>): RosterFixture {
  const copy = cloneFixture(fixture);
  const rows = copy[file] ?? [];
  for (const [name, values] of Object.entries(columns)) {
    rows.forEach((r, i) => r.push(i === 0 ? name : (values[i - 1] ?? '')));
  }
  return copy;
}
