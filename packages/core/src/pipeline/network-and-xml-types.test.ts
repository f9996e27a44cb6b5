import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRowforgeError } from '../errors/index.js';
import { planFor } from '../plan/index.js';
import type { Dialect } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { validateRows } from '../validation/index.js';
import { generateToDirectory } from './generate-to-directory.js';
import { columnValues } from './testing/column-values.js';

const USERS = `CREATE TABLE users (
  id bigserial PRIMARY KEY,
  current_sign_in_ip inet,
  last_ip inet UNIQUE,
  mac macaddr NOT NULL,
  net cidr,
  profile xml,
  allowed cidr[]
);`;

let root: string;
beforeAll(async () => { await loadParsers(); root = mkdtempSync(join(tmpdir(), 'rowforge-network-')); });
afterAll(() => { rmSync(root, { recursive: true, force: true }); });

function unsupported(ddl: string, dialect?: Dialect): string {
  try {
    parseSchema(ddl, { file: 't.sql', ...(dialect ? { dialect } : {}) });
  } catch (e) {
    if (isRowforgeError(e)) return `${e.code} ${e.message} | ${e.details.hint ?? ''}`;
    throw e;
  }
  return 'parsed';
}

describe('inet, cidr, macaddr and xml columns', () => {
  it('are planned as network addresses and XML documents, whatever the columns are called', () => {
    const plan = planFor(parseSchema(USERS).schema, { rows: 10 });
    expect(plan.tables['users']?.columns).toMatchObject({
      current_sign_in_ip: { generator: 'network', kind: 'inet' },
      last_ip: { generator: 'network', kind: 'inet', unique: true },
      mac: { generator: 'network', kind: 'macaddr' },
      net: { generator: 'network', kind: 'cidr' },
      profile: { generator: 'xml' },
      allowed: { generator: 'array', element: 'cidr' },
    });
  });

  it('generate 2,000 valid values (distinct where unique) that the validator accepts, declared with their own types', async () => {
    const { schema } = parseSchema(USERS);
    const dir = join(root, 'pg');
    const { data, validation } = await generateToDirectory({ schema, plan: planFor(schema, { rows: 2000, seed: 7 }), dir, format: 'csv', target: 'postgres' });
    expect(validation?.ok).toBe(true);
    const ips = columnValues(data, 'users', 'last_ip');
    expect(new Set(ips).size).toBe(2000);
    expect(ips.every((v) => typeof v === 'string' && /^(\d{1,3}\.){3}\d{1,3}$/.test(v))).toBe(true);
    expect(columnValues(data, 'users', 'mac').every((v) => typeof v === 'string' && /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(v))).toBe(true);
    expect(columnValues(data, 'users', 'profile').find((v) => v !== null)).toMatch(/^<root id="\d+">.*<\/root>$/);
    expect(readFileSync(join(dir, 'schema.sql'), 'utf8')).toMatch(/"current_sign_in_ip" inet,\s+"last_ip" inet,\s+"mac" macaddr NOT NULL,\s+"net" cidr,\s+"profile" xml/);
  });

  it('are strings of their longest form in MySQL and SQLite, and XML in SQL Server', async () => {
    const { schema } = parseSchema(USERS);
    const plan = planFor(schema, { rows: 5 });
    const schemaSql = async (target: 'mysql' | 'sqlite' | 'mssql'): Promise<string> => {
      await generateToDirectory({ schema, plan, dir: join(root, target), format: 'csv', target });
      return readFileSync(join(root, target, 'schema.sql'), 'utf8');
    };
    expect(await schemaSql('mysql')).toMatch(/`last_ip` VARCHAR\(43\),\s+`mac` VARCHAR\(17\) NOT NULL,\s+`net` VARCHAR\(43\),\s+`profile` TEXT/);
    expect(await schemaSql('mssql')).toMatch(/\[mac\] NVARCHAR\(17\) NOT NULL,\s+\[net\] NVARCHAR\(43\),\s+\[profile\] XML/);
    expect(await schemaSql('sqlite')).toMatch(/"mac" TEXT NOT NULL/);
  });

  it('the validator reports values that are not of the form', () => {
    const { schema } = parseSchema(USERS);
    const rows = [
      ['1', '10.0.0.1', '::1', '02:00:00:00:00:01', '10.1.0.0/16', '<a/>', '{10.0.0.0/8}'],
      ['2', '10.0.0.256', '10.0.0.2/33', '02:00:00:00:00', '10.1.2.3/16', '<a><b></a>', '{10.0.0.0/8,10.0.0.1/8}'],
    ];
    const report = validateRows(schema, { target: 'postgres', tables: [{ name: 'users', rows: () => rows }] });
    const columns = report.tables[0]?.violations.map((v) => `${v.rule} ${v.column ?? ''}`).sort();
    expect(columns).toEqual(['type allowed', 'type current_sign_in_ip', 'type last_ip', 'type mac', 'type net', 'type profile']);
  });
});

describe('types Rowforge cannot generate', () => {
  it.each(['hstore', 'tsvector', 'tsquery', 'ltree', 'geometry', 'geography', 'hierarchyid'])('%s is refused with its position and a hint, auto-detected or in any dialect', (type) => {
    const ddl = `CREATE TABLE t (id integer PRIMARY KEY, c ${type});`;
    const expected = `DDL_UNSUPPORTED column "t.c" has type ${type}, which Rowforge cannot generate`;
    for (const dialect of [undefined, 'postgres', 'mysql', 'sqlite', 'mssql'] as const) {
      expect(unsupported(ddl, dialect), dialect ?? 'auto').toContain(expected);
    }
  });

  it('an unknown type is refused when no marker says SQLite, and read by SQLite\'s affinity when one does', () => {
    expect(unsupported('CREATE TABLE t (id INTEGER PRIMARY KEY, c widget);')).toMatch(/type widget, which Rowforge cannot generate \| use a standard type/);
    expect(parseSchema('CREATE TABLE t (id INTEGER PRIMARY KEY, c widget) WITHOUT ROWID;').schema.tables[0]?.columns[1]?.type.kind).toBe('decimal');
    expect(parseSchema('CREATE TABLE t (id INTEGER PRIMARY KEY, c LONG);', { dialect: 'sqlite' }).schema.tables[0]?.columns[1]?.type.kind).toBe('decimal');
    expect(parseSchema('CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, n NUMBER, d DECIMAL);').schema.tables[0]?.columns.map((c) => c.type.kind)).toEqual(['int', 'decimal', 'decimal']);
  });
});
