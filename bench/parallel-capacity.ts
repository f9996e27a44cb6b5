/**
 * A control for the thread-based parts ((a) with workers, (d)): the same fixed integer loop in
 * one worker thread, then in two at once. `2 × one ÷ two` is the parallel speed-up the machine
 * offers right now: ~2 on an idle 2-core machine, ~1 when other jobs hold the second core.
 */
import { Worker } from 'node:worker_threads';

const LOOP = `const { parentPort } = require('node:worker_threads');
let h = 0;
for (let i = 0; i < 2e8; i++) h = Math.imul(h ^ i, 0x9e3779b9);
parentPort.postMessage(h);`;

function spin(): Promise<void> {
  return new Promise((resolve, reject) => {
    const w = new Worker(LOOP, { eval: true });
    w.once('message', () => { void w.terminate().then(() => resolve()); });
    w.once('error', reject);
  });
}

async function timed(threads: number): Promise<number> {
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: threads }, spin));
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export interface ParallelCapacity {
  readonly oneThreadSeconds: number;
  readonly twoThreadsSeconds: number;
  /** 2 × one ÷ two: the speed-up two threads could get. */
  readonly speedup: number;
}

export async function measureParallelCapacity(): Promise<ParallelCapacity> {
  const one = await timed(1);
  const two = await timed(2);
  return { oneThreadSeconds: one, twoThreadsSeconds: two, speedup: (2 * one) / two };
}
