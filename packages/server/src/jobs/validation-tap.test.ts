import { generate, loadParsers, parseSchema, planFor, type GeneratedData, type Row, type TableData } from '@rowforge/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateGenerated, type TableListener } from './validate-generated.js';
import { validationTap } from './validation-tap.js';

const DDL = 'CREATE TABLE a (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL); CREATE TABLE b (id INT PRIMARY KEY, a_id INT NOT NULL REFERENCES a(id));';

/** The run with every `batches()` call counted (the walks of the generator). */
function counted(data: GeneratedData, walks: { n: number }): GeneratedData {
  const table = (t: TableData): TableData => ({ table: t.table, rowCount: t.rowCount, batches: (range) => { walks.n++; return t.batches(range); } });
  return { ...data, tables: data.tables.map(table) };
}

function recorder(): TableListener & { log: string[] } {
  const log: string[] = [];
  return { log, start: (t, i) => log.push(`start ${t.table.name} ${i}`), progress: (e) => log.push(`${e.table} ${e.rowsDone}/${e.rowCount}`), complete: (t, rows) => log.push(`complete ${t.table.name} ${rows}`) };
}

function read(data: GeneratedData): number {
  let rows = 0;
  for (const t of data.tables) for (const b of t.batches()) rows += b.length;
  return rows;
}

async function run(rows: number): Promise<GeneratedData> {
  await loadParsers();
  const schema = parseSchema(DDL, { dialect: 'postgres' }).schema;
  return generate(schema, planFor(schema, { rows, seed: 3 }));
}

describe('validationTap', () => {
  beforeAll(() => loadParsers());

  it('judges the rows as they are read, once, and reports what validateGenerated reports', async () => {
    const walks = { n: 0 };
    const tap = validationTap(counted(await run(2500), walks), recorder());
    expect(tap.finished).toBe(false);
    expect(tap.report.ok).toBe(false);
    expect(read(tap.data)).toBe(5000);
    expect(walks.n).toBe(2);
    expect(tap.finished).toBe(true);
    expect(tap.replays).toBe(0);
    expect(tap.report).toEqual(await validateGenerated(await run(2500), recorder()));
    expect(tap.report).toMatchObject({ ok: true, violationCount: 0 });
  });

  it('tells the listener about each table in order, with progress per batch', async () => {
    const listener = recorder();
    read(validationTap(await run(1500), listener).data);
    expect(listener.log).toEqual(['start a 0', 'a 1000/1500', 'a 1500/1500', 'complete a 1500', 'start b 1', 'b 1000/1500', 'b 1500/1500', 'complete b 1500']);
  });

  it('feeds only the first full walk of a table and hides the fast paths', async () => {
    const tap = validationTap(await run(10), recorder());
    const [a] = tap.data.tables;
    expect(a?.eachRow).toBeUndefined();
    expect(a?.encoded).toBeUndefined();
    expect([...(a?.batches({ start: 0, end: 5 }) ?? [])].flat()).toHaveLength(5);
    read(tap.data);
    read(tap.data);
    expect(tap.report.tables.map((t) => t.rows)).toEqual([10, 10]);
  });

  it('reports violations, re-reading a table for example rows in the finishing pass', async () => {
    const data = await run(10);
    const [a, b] = data.tables as [TableData, TableData];
    const doubled: TableData = { table: a.table, rowCount: a.rowCount, batches: () => [[...a.batches()].flat().map((r: Row, i) => (i === 1 ? [1, ...r.slice(1)] : r))] };
    const tap = validationTap({ ...data, tables: [doubled, b] }, recorder());
    read(tap.data);
    expect(tap.report).toMatchObject({ ok: false });
    expect(tap.report.tables[0]?.violations.map((v) => v.rule)).toContain('primary-key-duplicate');
    expect(tap.replays).toBeGreaterThan(0);
  });
});
