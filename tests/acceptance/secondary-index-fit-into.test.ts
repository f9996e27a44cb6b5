/**
 * Secondary indexes fit the database they go into: `--into postgres` renames an index whose name
 * the target schema already holds (a table, index, sequence, view there) to `<table>_<name>`,
 * except the relations a `--replace` load drops with its tables; `--into mysql` keeps a declared
 * prefix (`line1(100)`) and cuts string key parts so a key stays within 3072 bytes; a MySQL load
 * that fails after its rows are in drops what it created, and a rerun loads the planned rows.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { MARIADB_SERVER, withMariaDatabase, type MariaDatabase } from '../support/mariadb.js';
import { PG_SERVER, withPgDatabase, type PgDatabase } from '../support/pg.js';
import { runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const ROWS = 200;
const temps = new TempDirs();
afterAll(() => temps.cleanup());

const ddlFile = (name: string, text: string): string => temps.file('secondary-index-fit', name, text);

const pgUrl = (db: PgDatabase): string => `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`;
const myUrl = (db: MariaDatabase, user: string = MARIADB_SERVER.user): string => `mysql://${user}@${MARIADB_SERVER.host}:${MARIADB_SERVER.port}/${db.name}`;
const table = (name: string): string => `CREATE TABLE ${name} (id INT PRIMARY KEY, status VARCHAR(10), KEY idx_status (status));\n`;

async function pgIndexes(db: PgDatabase): Promise<string[]> {
  const rows = await db.query<{ t: string; name: string }>("SELECT tablename AS t, indexname AS name FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE '%_pkey' ORDER BY 1, 2");
  return rows.map((r) => `${r.t}.${r.name}`);
}

describe('--into postgres: index names already taken in the target schema', () => {
  it.each([
    ['stage and swap', []],
    ['--sessions 3 --replace', ['--sessions', '3', '--replace']],
    ['--keep-constraints', ['--keep-constraints']],
  ])('%s: a second table with the same index name loads, its index renamed <table>_<name>; a sequence and a view name are avoided too', async (_, flags) => {
    await withPgDatabase(async (db) => {
      const first = await runCli(['generate', ddlFile('a.sql', table('orders')), '--rows', String(ROWS), '--into', pgUrl(db)]);
      expect(first.code, first.stderr).toBe(0);
      await db.runSql('CREATE SEQUENCE tickets_idx_status; CREATE VIEW idx_kind AS SELECT 1 AS x;');
      const ddl = ddlFile('b.sql', `${table('tickets')}CREATE INDEX idx_kind ON tickets (status, id);\n`);
      const r = await runCli(['generate', ddl, '--rows', String(ROWS), '--into', pgUrl(db), ...flags]);
      expect(r.code, r.stderr).toBe(0);
      expect(await pgIndexes(db)).toEqual(['orders.idx_status', 'tickets.tickets_idx_kind', 'tickets.tickets_idx_status2']);
      expect(await db.rowCount('tickets')).toBe(ROWS);
    });
  });

  it.each([[[]], [['--keep-constraints']]])('--replace %j keeps the names of the indexes the replaced tables had', async (flags) => {
    await withPgDatabase(async (db) => {
      const ddl = ddlFile('a.sql', table('orders'));
      for (const extra of [[], ['--replace', ...flags]]) {
        const r = await runCli(['generate', ddl, '--rows', String(ROWS), '--into', pgUrl(db), ...extra]);
        expect(r.code, r.stderr).toBe(0);
      }
      expect(await pgIndexes(db)).toEqual(['orders.idx_status']);
    });
  });
});

async function subParts(db: MariaDatabase, tableName: string): Promise<string[]> {
  const rows = await db.query<{ name: string; col: string; sub: string | number | null }>(
    'SELECT index_name AS name, column_name AS col, sub_part AS sub FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = ? AND index_name <> \'PRIMARY\' ORDER BY index_name, seq_in_index',
    [tableName],
  );
  return rows.map((x) => `${x.name}.${x.col}${x.sub === null ? '' : `(${String(x.sub)})`}`);
}

const MY_PREFIX = `CREATE TABLE \`addr\` (
  \`id\` int NOT NULL AUTO_INCREMENT, \`line1\` varchar(500) DEFAULT NULL, \`line2\` varchar(500) DEFAULT NULL, \`city\` varchar(500) DEFAULT NULL,
  PRIMARY KEY (\`id\`), KEY \`addr_full\` (\`line1\`(100),\`line2\`(100),\`city\`(100))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
`;
const PG_WIDE = `CREATE TABLE addresses (id serial PRIMARY KEY, country varchar(255), state varchar(255), city varchar(255), street varchar(255), note varchar(4000));
CREATE INDEX addresses_location_idx ON addresses (country, state, city, street);
CREATE INDEX addresses_note_idx ON addresses (note);
`;

describe('--into mysql (MariaDB): index keys within 3072 bytes', () => {
  it('keeps a mysqldump prefix key as declared', async () => {
    await withMariaDatabase(async (db) => {
      const r = await runCli(['generate', ddlFile('myprefix.sql', MY_PREFIX), '--rows', String(ROWS), '--into', myUrl(db)]);
      expect(r.code, r.stderr).toBe(0);
      expect(await subParts(db, 'addr')).toEqual(['addr_full.line1(100)', 'addr_full.line2(100)', 'addr_full.city(100)']);
      expect(await db.rowCount('addr')).toBe(ROWS);
    });
  });

  it('cuts the key parts of a PostgreSQL index over four varchar(255) (and one varchar(4000)) to fit', async () => {
    await withMariaDatabase(async (db) => {
      const r = await runCli(['generate', ddlFile('addr.sql', PG_WIDE), '--dialect', 'postgres', '--rows', String(ROWS), '--into', myUrl(db)]);
      expect(r.code, r.stderr).toBe(0);
      expect(await subParts(db, 'addresses')).toEqual([
        'addresses_location_idx.country(192)', 'addresses_location_idx.state(192)', 'addresses_location_idx.city(192)', 'addresses_location_idx.street(192)',
        'addresses_note_idx.note(768)',
      ]);
      expect(await db.rowCount('addresses')).toBe(ROWS);
    });
  });
});

describe('--into mysql (MariaDB): a load that fails after the rows are in', () => {
  it('leaves neither rows nor the marker table, and a rerun ends with the planned rows', async () => {
    await withMariaDatabase(async (db) => {
      const user = `rf_noindex_${db.name.slice(3)}`.slice(0, 32);
      await db.query(`CREATE USER '${user}'@'%'`);
      try {
        await db.query(`GRANT SELECT, INSERT, CREATE, DROP, REFERENCES ON \`${db.name}\`.* TO '${user}'@'%'`);
        const ddl = ddlFile('a.sql', table('orders'));
        const failed = await runCli(['generate', ddl, '--rows', String(ROWS), '--into', myUrl(db, user)]);
        expect(failed.code).toBe(5);
        expect(failed.stderr).toMatch(/INDEX command denied/);
        expect(await db.query('SHOW TABLES')).toEqual([]);
        await db.query(`GRANT INDEX, ALTER ON \`${db.name}\`.* TO '${user}'@'%'`);
        const rerun = await runCli(['generate', ddl, '--rows', String(ROWS), '--into', myUrl(db, user)]);
        expect(rerun.code, rerun.stderr).toBe(0);
        expect(await db.rowCount('orders')).toBe(ROWS);
        expect(await subParts(db, 'orders')).toEqual(['idx_status.status']);
      } finally {
        await db.query(`DROP USER '${user}'@'%'`);
      }
    });
  });
});
