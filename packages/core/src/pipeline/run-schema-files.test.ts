import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFor } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { runSchemaFiles } from '../validation/index.js';
import { generateToDirectory } from './generate-to-directory.js';

const DDL = "CREATE TABLE t (id INT PRIMARY KEY, code VARCHAR(8) NOT NULL CHECK (code LIKE 'T%'));";
let root: string;
beforeAll(async () => { await loadParsers(); root = mkdtempSync(join(tmpdir(), 'rowforge-run-schema-')); });
afterAll(() => { rmSync(root, { recursive: true, force: true }); });

async function run(format: 'csv' | 'zip' | 'sql'): Promise<string> {
  const { schema } = parseSchema(DDL);
  const dir = join(root, format);
  await generateToDirectory({ schema, plan: planFor(schema, { rows: 5, seed: 1 }), dir, format, target: 'postgres', validate: false });
  return dir;
}

describe('runSchemaFiles', () => {
  it('reads schema.sql and constraints.sql from a run, also from inside its ZIP archive, and parses back to the tables and CHECKs', async () => {
    const csv = await runSchemaFiles(await run('csv'));
    const zip = await runSchemaFiles(await run('zip'));
    expect(csv.map((f) => f.path)).toEqual([join(root, 'csv', 'schema.sql'), join(root, 'csv', 'constraints.sql')]);
    expect(zip.map((f) => f.path)).toEqual([`${join(root, 'zip', 'data.zip')}:schema.sql`, `${join(root, 'zip', 'data.zip')}:constraints.sql`]);
    expect(zip.map((f) => f.text)).toEqual(csv.map((f) => f.text));
    const table = parseSchema(csv.map((f) => f.text).join('\n')).schema.tables[0];
    expect(table?.primaryKey?.columns).toEqual(['id']);
    expect(table?.checks).toHaveLength(1);
  });

  it('gives none for SQL output, a folder that is not a run, and a file', async () => {
    expect(await runSchemaFiles(await run('sql'))).toEqual([]);
    expect(await runSchemaFiles(join(root, 'missing'))).toEqual([]);
    expect(await runSchemaFiles(join(root, 'csv', 'schema.sql'))).toEqual([]);
  });
});
