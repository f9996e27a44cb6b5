import type { ConstraintTask } from './constraint-statements.js';

/** A statement that failed, and where it stood in the list. */
interface Failure {
  readonly index: number;
  readonly error: unknown;
}

/**
 * Hands out after-load statements to sessions that run them side by side, so that no two in
 * flight lock the same table (an index build and a foreign key, or two foreign keys sharing a
 * table, would wait on each other or deadlock) and a foreign key starts only once every key and
 * CHECK of the tables it touches is done (its referenced key exists; errors stay in list order
 * per table). Otherwise the first ready statement in list order goes first. After a failure
 * nothing new starts; {@link error} is then the failure earliest in the list.
 *
 * @example
 * ```ts
 * const schedule = new ConstraintSchedule(constraintTasks(schema))
 * for (let t = await schedule.next(); t; t = await schedule.next()) schedule.finish(t, await run(t))
 * ```
 */
export class ConstraintSchedule {
  readonly #order: ReadonlyMap<ConstraintTask, number>;
  readonly #pending: ConstraintTask[];
  readonly #busy = new Set<string>();
  readonly #keysLeft = new Map<string, number>();
  readonly #failures: Failure[] = [];
  #wakers: (() => void)[] = [];
  #running = 0;

  constructor(tasks: readonly ConstraintTask[]) {
    this.#order = new Map(tasks.map((t, i) => [t, i]));
    this.#pending = [...tasks];
    tasks.filter((t) => !t.foreign).forEach((t) => this.#count(t, 1));
  }

  /** The next statement to run, waiting while none may start yet; `undefined` once all are handed out or one failed. */
  async next(): Promise<ConstraintTask | undefined> {
    for (;;) {
      if (this.#failures.length > 0 || this.#pending.length === 0) return undefined;
      const task = this.#take();
      if (task) return task;
      if (this.#running === 0) throw new Error('constraint schedule: no statement can start');
      await new Promise<void>((resolve) => { this.#wakers.push(resolve); });
    }
  }

  /** Marks `task` done (with the error it failed with, if it did) and wakes the waiting sessions. */
  finish(task: ConstraintTask, failed?: { readonly error: unknown }): void {
    this.#running--;
    task.tables.forEach((t) => this.#busy.delete(t));
    if (!task.foreign) this.#count(task, -1);
    if (failed) this.#failures.push({ index: this.#order.get(task) ?? 0, error: failed.error });
    const wakers = this.#wakers;
    this.#wakers = [];
    wakers.forEach((wake) => wake());
  }

  /** The failure earliest in the list, if any statement failed. */
  get error(): { readonly error: unknown } | undefined {
    const first = [...this.#failures].sort((a, b) => a.index - b.index)[0];
    return first && { error: first.error };
  }

  #take(): ConstraintTask | undefined {
    const i = this.#pending.findIndex((t) => this.#ready(t));
    if (i < 0) return undefined;
    const [task] = this.#pending.splice(i, 1) as [ConstraintTask];
    this.#running++;
    task.tables.forEach((t) => this.#busy.add(t));
    return task;
  }

  #ready(task: ConstraintTask): boolean {
    return task.tables.every((t) => !this.#busy.has(t) && (!task.foreign || !this.#keysLeft.get(t)));
  }

  #count(task: ConstraintTask, by: number): void {
    task.tables.forEach((t) => this.#keysLeft.set(t, (this.#keysLeft.get(t) ?? 0) + by));
  }
}
