/** A one-line progress bar on a terminal; silent when stderr is piped or under CI. */
export class ProgressBar {
  readonly #enabled: boolean;
  #lastDraw = 0;
  #clock: () => number;

  constructor(enabled = Boolean(process.stderr.isTTY) && !process.env['CI'], clock: () => number = () => performance.now()) {
    this.#enabled = enabled;
    this.#clock = clock;
  }

  /** Redraws at most ~10 times a second. */
  update(label: string, done: number, total: number): void {
    if (!this.#enabled) return;
    const now = this.#clock();
    if (now - this.#lastDraw < 100 && done < total) return;
    this.#lastDraw = now;
    const width = 24;
    const share = total === 0 ? 1 : done / total;
    const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '.');
    process.stderr.write(`\r[${bar}] ${(share * 100).toFixed(0).padStart(3)}% ${label} ${done}/${total}\x1b[K`);
  }

  done(): void {
    if (this.#enabled) process.stderr.write('\r\x1b[K');
  }
}
