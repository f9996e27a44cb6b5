import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRowforgeError } from '@rowforge/core';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaOfRun } from './schema-of-run.js';

const root = mkdtempSync(join(tmpdir(), 'rowforge-schema-of-run-'));
afterAll(() => { rmSync(root, { recursive: true, force: true }); });

async function failure(p: Promise<unknown>): Promise<unknown> {
  try { await p; } catch (e) { return e; }
  throw new Error('expected a rejection');
}

describe('schemaOfRun', () => {
  it('parses schema.sql with constraints.sql, and names the file and line of an error in either', async () => {
    writeFileSync(join(root, 'schema.sql'), 'CREATE TABLE a (id INT PRIMARY KEY);\nCREATE TABLE b (id INT PRIMARY KEY, a_id INT);\n');
    writeFileSync(join(root, 'constraints.sql'), '-- late keys\nALTER TABLE b ADD FOREIGN KEY (a_id) REFERENCES a (id);\n');
    const run = await schemaOfRun(root, 'postgres');
    expect(run.source).toBe(`${join(root, 'schema.sql')} + ${join(root, 'constraints.sql')}`);
    expect(run.parsed.schema.tables.find((t) => t.name === 'b')?.foreignKeys).toHaveLength(1);
    writeFileSync(join(root, 'constraints.sql'), '-- late keys\nALTER TABLE b ADD FOREIGN KEY (;\n');
    const e = await failure(schemaOfRun(root, 'postgres'));
    expect(isRowforgeError(e) && e.details.position).toMatchObject({ file: join(root, 'constraints.sql'), line: 2 });
  });

  it('says when the path is a file or holds no schema', async () => {
    const file = await failure(schemaOfRun(join(root, 'schema.sql'), 'auto'));
    expect(isRowforgeError(file, 'USAGE') && file.message).toContain('is not a directory');
    const empty = mkdtempSync(join(root, 'empty-'));
    const none = await failure(schemaOfRun(empty, 'auto'));
    expect(isRowforgeError(none, 'USAGE') && none.details.hint).toContain('--schema FILE');
  });
});
