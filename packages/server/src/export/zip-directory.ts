import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';

const CHUNK = 256 * 1024;

/** Chunks of every file in order, `last` set on each file's final chunk. */
async function* fileChunks(dir: string, files: readonly string[]): AsyncGenerator<{ name: string; bytes: Uint8Array; last: boolean }> {
  for (const name of files) {
    const handle = await open(join(dir, ...name.split('/')));
    try {
      const size = (await handle.stat()).size;
      let offset = 0;
      do {
        const buffer = new Uint8Array(Math.min(CHUNK, size - offset));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        offset += bytesRead;
        yield { name, bytes: buffer.subarray(0, bytesRead), last: offset >= size || bytesRead === 0 };
      } while (offset < size);
    } finally {
      await handle.close();
    }
  }
}

/** Runs `done` at most once. */
function once(done: () => Promise<void>): () => Promise<void> {
  let ran: Promise<void> | undefined;
  return () => (ran ??= done().catch(() => undefined));
}

/**
 * Streams a ZIP of `files` (paths relative to `dir`), deflating one chunk per pull so a slow
 * client holds back the reading. `done` runs once: after the last byte, on cancel, or when
 * reading or deflating fails (the stream then errors).
 */
export function zipDirectory(dir: string, files: readonly string[], done: () => Promise<void>): ReadableStream<Uint8Array> {
  const chunks = fileChunks(dir, files);
  const finish = once(done);
  let current: { name: string; entry: ZipDeflate } | undefined;
  let zip: Zip;
  const fail = async (controller: ReadableStreamDefaultController<Uint8Array>, e: unknown): Promise<void> => {
    zip.terminate();
    controller.error(e);
    await chunks.return(undefined).catch(() => undefined);
    await finish();
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((err, data, final) => {
        if (err) { void fail(controller, err); return; }
        controller.enqueue(data);
        if (final) { controller.close(); void finish(); }
      });
    },
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) { zip.end(); return; }
        const { name, bytes, last } = next.value;
        if (current?.name !== name) { current = { name, entry: new ZipDeflate(name, { level: 6 }) }; zip.add(current.entry); }
        current.entry.push(bytes, last);
      } catch (e) {
        await fail(controller, e);
      }
    },
    async cancel() {
      zip.terminate();
      await chunks.return(undefined);
      await finish();
    },
  }, { highWaterMark: 1 });
}
