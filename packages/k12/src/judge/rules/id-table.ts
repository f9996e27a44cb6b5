/**
 * The IDs one file defines, each with what later files need to know about it.
 * When the file or its ID column is missing the table is incomplete, and references into it
 * are not reported (the missing file already is).
 */
export class IdTable<T> {
  private readonly rows = new Map<string, T>();
  private readonly order = new Map<string, number>();
  complete = true;

  /** Records `id`; false when it was already there (the first row wins). */
  add(id: string, payload: T): boolean {
    if (this.rows.has(id)) return false;
    this.rows.set(id, payload);
    this.order.set(id, this.order.size);
    return true;
  }

  get(id: string): T | undefined {
    return this.rows.get(id);
  }

  /** 0-based position of `id` among the distinct IDs, for compact keys. */
  indexOf(id: string): number | undefined {
    return this.order.get(id);
  }

  /** Whether a reference to `id` is known not to resolve. */
  dangles(id: string): boolean {
    return this.complete && !this.rows.has(id);
  }

  get size(): number {
    return this.rows.size;
  }
}
