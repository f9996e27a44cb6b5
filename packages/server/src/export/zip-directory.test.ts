import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zipDirectory } from './zip-directory.js';

const dir = mkdtempSync(join(tmpdir(), 'rowforge-zip-test-'));
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

async function drain(stream: ReadableStream<Uint8Array>): Promise<unknown> {
  const reader = stream.getReader();
  try {
    for (;;) if ((await reader.read()).done) return 'done';
  } catch (e) {
    return e;
  }
}

describe('zipDirectory', () => {
  it('errors the stream and runs done once when a file cannot be read', async () => {
    writeFileSync(join(dir, 'a.csv'), 'id\n1\n');
    let done = 0;
    const outcome = await drain(zipDirectory(dir, ['a.csv', 'missing.csv'], async () => { done++; }));
    expect(outcome).toBeInstanceOf(Error);
    expect(String(outcome)).toMatch(/ENOENT/);
    await new Promise<void>((r) => { setTimeout(r, 10); });
    expect(done).toBe(1);
  });

  it('runs done once after the last byte', async () => {
    let done = 0;
    expect(await drain(zipDirectory(dir, ['a.csv'], async () => { done++; }))).toBe('done');
    await new Promise<void>((r) => { setTimeout(r, 10); });
    expect(done).toBe(1);
  });
});
