/**
 * Run-wide warnings, each text kept once, in first-seen order.
 *
 * @example
 * ```ts
 * const w = new WarningLog()
 * w.add('x'); w.add('x')
 * w.list() // ['x']
 * ```
 */
export class WarningLog {
  private readonly seen = new Set<string>();

  add(message: string): void {
    this.seen.add(message);
  }

  list(): string[] {
    return [...this.seen];
  }
}
