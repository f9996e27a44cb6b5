import { describe, expect, it } from 'vitest';
import { ChunkQueue } from './chunk-queue.js';
import type { PgSession } from './pg-session.js';
import { SessionFanout } from './session-fanout.js';

const bytes = (n: number): Uint8Array => Uint8Array.of(n);
const tick = (): Promise<void> => new Promise((r) => { setTimeout(r, 0); });

async function* chunksOf(...ns: number[]): AsyncGenerator<Uint8Array> {
  for (const n of ns) yield bytes(n);
}

/** A session whose COPY records what it read, refusing the chunks `fail` picks. */
function fakeSession(read: string[], fail?: (chunk: Uint8Array) => boolean): PgSession {
  return {
    query: () => Promise.resolve({ rows: [] }),
    copyCsvFrom: async (target, chunks) => {
      for await (const chunk of chunks) {
        if (fail?.(chunk)) throw new Error(`refused ${String(chunk[0])}`);
        read.push(`${target}:${String(chunk[0])}`);
      }
    },
  };
}

describe('ChunkQueue', () => {
  it('holds the producer while `capacity` chunks are unread, and hands them over in order', async () => {
    const queue = new ChunkQueue(2);
    await queue.push(bytes(1));
    await queue.push(bytes(2));
    let third = false;
    const pushed = queue.push(bytes(3)).then(() => { third = true; });
    await tick();
    expect(third).toBe(false);
    const reader = queue[Symbol.asyncIterator]();
    expect((await reader.next()).value).toEqual(bytes(1));
    await pushed;
    expect(third).toBe(true);
    queue.close();
    const rest = [];
    for (let r = await reader.next(); !r.done; r = await reader.next()) rest.push(r.value[0]);
    expect(rest).toEqual([2, 3]);
  });

  it('fails both sides: the reader throws and a waiting push rejects', async () => {
    const queue = new ChunkQueue(1);
    await queue.push(bytes(1));
    const waiting = queue.push(bytes(2));
    queue.fail(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    await expect(queue.push(bytes(3))).rejects.toThrow('stop');
    await expect(queue[Symbol.asyncIterator]().next()).rejects.toThrow('stop');
  });
});

describe('SessionFanout', () => {
  it('sends chunk k of the run to session k % n, each table through its own COPY on every session', async () => {
    const reads: string[][] = [[], [], []];
    const fanout = new SessionFanout(reads.map((r) => fakeSession(r)));
    const a = await fanout.send('a', chunksOf(0, 1, 2, 3, 4));
    const b = await fanout.send('b', chunksOf(5, 6));
    await Promise.all([a.copied, b.copied]);
    expect(reads).toEqual([['a:0', 'a:3', 'b:6'], ['a:1', 'a:4'], ['a:2', 'b:5']]);
  });

  it('a COPY that fails rejects the table being sent and ends every other COPY', async () => {
    const reads: string[][] = [[], []];
    const fanout = new SessionFanout([fakeSession(reads[0] ?? []), fakeSession(reads[1] ?? [], (c) => c[0] === 3)]);
    const many = Array.from({ length: 50 }, (_, i) => i);
    await expect(fanout.send('t', chunksOf(...many))).rejects.toThrow('refused 3');
    await fanout.settled();
    expect((reads[0] ?? []).length).toBeLessThan(10);
  });

  it('a chunk source that throws ends every COPY with its error', async () => {
    const fanout = new SessionFanout([fakeSession([]), fakeSession([])]);
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield bytes(1);
      throw new Error('source died');
    }
    await expect(fanout.send('t', broken())).rejects.toThrow('source died');
    await fanout.settled();
  });
});
