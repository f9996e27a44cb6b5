import { readFileSync } from 'node:fs';

/** A cell read from CSV: `null` for an unquoted empty field (NULL), a string otherwise ("" for `""`). */
export type CsvCell = string | null;

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
  /** The record separator the file uses. */
  readonly lineEnding: '\n' | '\r\n';
}

/**
 * Parses RFC 4180 CSV strictly: quoted fields may hold commas, quotes (doubled) and line
 * breaks; an unquoted empty field is NULL, a quoted empty field is the empty string.
 * Throws on a quote inside an unquoted field or an unterminated quoted field.
 */
export function parseCsv(text: string): CsvTable {
  const records: CsvCell[][] = [];
  let record: CsvCell[] = [];
  let i = 0;
  const n = text.length;
  const lineEnding: '\n' | '\r\n' = /^[^\n]*\r\n/.test(text) ? '\r\n' : '\n';
  if (n === 0) throw new Error('CSV is empty (no header row)');
  for (;;) {
    let cell: CsvCell;
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= n) throw new Error(`unterminated quoted field in record ${records.length + 1}`);
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') { value += '"'; i += 2; continue; }
          i++;
          break;
        }
        value += ch;
        i++;
      }
      cell = value;
    } else {
      let j = i;
      while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') {
        if (text[j] === '"') throw new Error(`quote inside an unquoted field in record ${records.length + 1}`);
        j++;
      }
      cell = j === i ? null : text.slice(i, j);
      i = j;
    }
    record.push(cell);
    if (i >= n) { records.push(record); break; }
    const sep = text[i];
    if (sep === ',') { i++; continue; }
    if (sep === '\r' && text[i + 1] === '\n') i += 2;
    else if (sep === '\n') i += 1;
    else throw new Error(`unexpected character ${JSON.stringify(sep)} after a field in record ${records.length + 1}`);
    records.push(record);
    record = [];
    if (i >= n) break;
  }
  const [headerCells, ...rows] = records;
  if (!headerCells) throw new Error('CSV has no header row');
  const header = headerCells.map((h, k) => {
    if (h === null || h === '') throw new Error(`CSV header cell ${k + 1} is empty`);
    return h;
  });
  rows.forEach((r, k) => {
    if (r.length !== header.length) throw new Error(`CSV record ${k + 2} has ${r.length} fields, header has ${header.length}`);
  });
  return { header, rows, lineEnding };
}

export function readCsv(file: string): CsvTable {
  return parseCsv(readFileSync(file, 'utf8'));
}

/** Index of a header column; throws when absent (case-sensitive first, then case-insensitive). */
export function columnIndex(csv: CsvTable, name: string): number {
  let k = csv.header.indexOf(name);
  if (k < 0) k = csv.header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  if (k < 0) throw new Error(`CSV has no column "${name}" (header: ${csv.header.join(', ')})`);
  return k;
}

export function hasColumn(csv: CsvTable, name: string): boolean {
  return csv.header.some((h) => h.toLowerCase() === name.toLowerCase());
}

export function columnValues(csv: CsvTable, name: string): CsvCell[] {
  const k = columnIndex(csv, name);
  return csv.rows.map((r) => r[k] ?? null);
}

/** Rows as objects keyed by header name. */
export function csvObjects(csv: CsvTable): Record<string, CsvCell>[] {
  return csv.rows.map((r) => Object.fromEntries(csv.header.map((h, k) => [h, r[k] ?? null])));
}
