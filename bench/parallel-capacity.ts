/**
 * A control for the thread-based parts ((a) with workers, (d)): a fixed loop in one worker
 * thread, then in two at once. `2 × one ÷ two` is the parallel speed-up the machine offers right
 * now: ~2 on an idle 2-core machine, ~1 when other jobs hold the second core. Each side is the
 * fastest of three runs.
 *
 * Two loops, because a VM can give two cores for one kind of work and not for another: an
 * integer loop (registers only) and an allocating loop (short strings and objects, as generating
 * rows makes). On the bench VM (2026-11-24) the integer loop read 1.8–2.0× while the allocating
 * one read 1.24–1.73×, so (d) is read against the allocating one.
 */
import { Worker } from 'node:worker_threads';

const INTEGER_LOOP = `const { parentPort } = require('node:worker_threads');
let h = 0;
for (let i = 0; i < 2e8; i++) h = Math.imul(h ^ i, 0x9e3779b9);
parentPort.postMessage(h);`;

const ALLOCATING_LOOP = `const { parentPort } = require('node:worker_threads');
const names = ['Alice', 'Bob', 'Carol', 'Dave', 'Eve', 'Mallory'];
let kept = 0;
for (let r = 0; r < 3e6; r++) {
  const s = names[r % 6] + ' ' + r + ' ' + names[(r >> 3) % 6] + '@example.com';
  const o = { text: s, length: s.length, lower: s.toLowerCase() };
  kept += o.lower.length;
}
parentPort.postMessage(kept);`;

function spin(loop: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const w = new Worker(loop, { eval: true });
    w.once('message', () => { void w.terminate().then(() => resolve()); });
    w.once('error', reject);
  });
}

async function timed(loop: string, threads: number): Promise<number> {
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: threads }, () => spin(loop)));
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export interface ParallelCapacity {
  readonly oneThreadSeconds: number;
  readonly twoThreadsSeconds: number;
  /** 2 × one ÷ two for the integer loop: the speed-up two threads could get. */
  readonly speedup: number;
  /** The same for the allocating loop (absent in results from before it was measured). */
  readonly allocating?: { readonly oneThreadSeconds: number; readonly twoThreadsSeconds: number; readonly speedup: number };
}

/** Runs of each side; the fastest counts, as the VM's noise only ever slows a run down. */
const RUNS = 3;

async function fastest(loop: string, threads: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) best = Math.min(best, await timed(loop, threads));
  return best;
}

async function capacityOf(loop: string): Promise<{ oneThreadSeconds: number; twoThreadsSeconds: number; speedup: number }> {
  const one = await fastest(loop, 1);
  const two = await fastest(loop, 2);
  return { oneThreadSeconds: one, twoThreadsSeconds: two, speedup: (2 * one) / two };
}

export async function measureParallelCapacity(): Promise<ParallelCapacity> {
  const integer = await capacityOf(INTEGER_LOOP);
  return { ...integer, allocating: await capacityOf(ALLOCATING_LOOP) };
}
