import type { JudgeRule } from './rule-catalog.js';
import type { CsvRow } from '../csv/csv-row.js';
import type { FileFindings } from '../finding-sink.js';
import type { IdTable } from './id-table.js';

/** Registers the row's ID in `table`; a repeat is a `duplicate-id` finding (the first row wins). */
export function registerId<T>(row: CsvRow, report: FileFindings, column: string, table: IdTable<T>, payload: T): void {
  const id = row.get(column);
  if (id === '' || table.add(id, payload)) return;
  report(row.row, 'duplicate-id', `${column} '${id}' is already used by an earlier row`, id);
}

/** Reports `rule` when the row's `column` names an ID that `table` does not define. */
export function checkReference<T>(row: CsvRow, report: FileFindings, ref: Reference<T>): void {
  const id = row.get(ref.column);
  if (id !== '' && ref.table.dangles(id)) report(row.row, ref.rule, `${ref.column} '${id}' is not ${ref.what}`, id);
}

/** A column that must name an ID defined elsewhere. */
export interface Reference<T> {
  readonly column: string;
  readonly table: IdTable<T>;
  readonly rule: JudgeRule;
  /** Completes "… is not ___", e.g. "a School_id in schools.csv". */
  readonly what: string;
}

/** Marks `table` incomplete when its file lacks the ID column, so references into it are not reported. */
export function requireIdColumn<T>(table: IdTable<T>, present: boolean, hasColumn: boolean): void {
  if (!present || !hasColumn) table.complete = false;
}

/** Reports `rule` for each item of the row's comma-separated `column` that `table` does not define. */
export function checkListReference<T>(row: CsvRow, report: FileFindings, ref: Reference<T>): void {
  for (const id of row.get(ref.column).split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    if (ref.table.dangles(id)) report(row.row, ref.rule, `${ref.column} item '${id}' is not ${ref.what}`, id);
  }
}

/** References into the file being read (parents, agents), checked once the whole file is read. */
export class DeferredReferences {
  private readonly pending: { row: number; id: string }[] = [];

  /** Notes each comma-separated ID in the row's `column`. */
  note(row: CsvRow, column: string): void {
    for (const id of row.get(column).split(',').map((s) => s.trim())) if (id !== '') this.pending.push({ row: row.row, id });
  }

  /** Reports every noted ID that `ref.table` does not define. */
  resolve<T>(report: FileFindings, ref: Reference<T>): void {
    for (const { row, id } of this.pending) {
      if (ref.table.dangles(id)) report(row, ref.rule, `${ref.column} '${id}' is not ${ref.what}`, id);
    }
  }
}
