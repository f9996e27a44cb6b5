/** Column name → index of a file's header. */
export type ColumnIndex = ReadonlyMap<string, number>;

/** One data row, read by column name; a missing column or empty cell reads as ''. */
export class CsvRow {
  constructor(
    readonly row: number,
    private readonly fields: readonly (string | null)[],
    private readonly columns: ColumnIndex,
  ) {}

  /** The cell under `column`, as written; '' when the column or cell is absent. */
  get(column: string): string {
    const i = this.columns.get(column);
    return i === undefined ? '' : (this.fields[i] ?? '');
  }

  /** Whether the header has `column`. */
  has(column: string): boolean {
    return this.columns.has(column);
  }
}

/** Maps each header name to its first position. */
export function indexColumns(header: readonly (string | null)[]): ColumnIndex {
  const index = new Map<string, number>();
  header.forEach((name, i) => { if (name !== null && !index.has(name)) index.set(name, i); });
  return index;
}
