/**
 * PostgreSQL's inet, cidr and macaddr (a Rails/Devise `users` table) and xml: `generate --into
 * postgres` recreates the columns with their own types and loads 1,000 rows with every constraint
 * on (a UNIQUE inet, a cidr primary key referenced by a foreign key, a cidr[]), and the PostgreSQL script
 * output loads as well.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PG_SERVER, withPgDatabase, type PgDatabase } from '../support/pg.js';
import { runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const DDL = `CREATE TABLE subnet (net cidr PRIMARY KEY, label text NOT NULL);
CREATE TABLE users (
  id bigserial PRIMARY KEY,
  current_sign_in_ip inet,
  last_sign_in_ip inet UNIQUE,
  mac macaddr NOT NULL,
  net cidr REFERENCES subnet (net),
  profile xml,
  allowed cidr[]
);
`;

const ROWS = 1000;
const urlOf = (db: PgDatabase): string => `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`;
const temp = new TempDirs();
afterAll(() => temp.cleanup());

function writeDdl(): string {
  const file = path.join(temp.make('network-xml'), 'users.sql');
  writeFileSync(file, DDL);
  return file;
}

async function columnTypes(db: PgDatabase): Promise<Record<string, string>> {
  const rows = await db.query<{ name: string; type: string }>(
    "SELECT column_name AS name, udt_name AS type FROM information_schema.columns WHERE table_name = 'users' ORDER BY ordinal_position",
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.type]));
}

/** Counts of the loaded values by what PostgreSQL makes of them (IPv4 hosts, well-formed documents, ...). */
async function wellFormed(db: PgDatabase): Promise<Record<string, number>> {
  const [r] = await db.query<Record<string, number>>(`SELECT
    count(*) FILTER (WHERE family(current_sign_in_ip) = 4 AND masklen(current_sign_in_ip) = 32)::int AS ipv4,
    count(DISTINCT last_sign_in_ip)::int AS distinct_ips,
    count(*) FILTER (WHERE xml_is_well_formed_document(profile::text))::int AS documents,
    count(*) FILTER (WHERE profile IS NOT NULL)::int AS profiles,
    count(*) FILTER (WHERE current_sign_in_ip IS NOT NULL)::int AS ips,
    count(DISTINCT mac)::int AS macs,
    count(DISTINCT masklen(net))::int AS prefixes,
    count(*) FILTER (WHERE cardinality(allowed) > 0)::int AS allowed
    FROM users`);
  return r ?? {};
}

describe('inet, cidr, macaddr and xml with --into postgres', () => {
  it(`recreates the columns with their own types and loads ${ROWS.toLocaleString('en-US')} rows with every constraint on`, async () => {
    const ddl = writeDdl();
    await withPgDatabase(async (db) => {
      const r = await runCli(['generate', ddl, '--rows', String(ROWS), '--seed', '3', '--into', urlOf(db), '--replace', '--keep-constraints']);
      expect(r.code, r.stderr).toBe(0);
      expect(await db.rowCount('users')).toBe(ROWS);
      expect(await db.integrityProblems()).toEqual([]);
      expect(await columnTypes(db)).toEqual({ id: 'int8', current_sign_in_ip: 'inet', last_sign_in_ip: 'inet', mac: 'macaddr', net: 'cidr', profile: 'xml', allowed: '_cidr' });
      const w = await wellFormed(db);
      expect(w.ipv4).toBe(w.ips);
      expect(w.documents).toBe(w.profiles);
      expect(w.profiles).toBeGreaterThan(ROWS / 2);
      expect(w.macs).toBe(ROWS);
      expect(w.prefixes).toBeGreaterThan(2);
      expect(w.allowed).toBeGreaterThan(ROWS / 2);
    });
  });

  it('writes a PostgreSQL script that loads with no errors and validates with 0 violations', async () => {
    const ddl = writeDdl();
    const out = path.join(temp.make('network-xml-sql'), 'out');
    const r = await runCli(['generate', ddl, '--rows', '200', '--seed', '4', '--format', 'sql', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('validation: 0 violations');
    await withPgDatabase(async (db) => {
      await db.runSqlFiles(readdirSync(out).filter((f) => f.endsWith('.sql')).sort().map((f) => path.join(out, f)));
      expect(await db.rowCount('users')).toBe(200);
      expect(await db.integrityProblems()).toEqual([]);
    });
  });
});
