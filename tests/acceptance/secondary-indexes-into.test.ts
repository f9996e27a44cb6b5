/**
 * Secondary indexes declared in the DDL (MySQL inline KEY/INDEX, CREATE INDEX, ALTER TABLE ADD
 * INDEX, a prefix key; PostgreSQL CREATE INDEX with DESC) are created by `generate --into
 * postgres|mysql|sqlite` after the rows are in, under the DDL's names — an index name MySQL
 * repeats on two tables is renamed where names share one namespace (PostgreSQL, SQLite) — and
 * the rows load intact. FULLTEXT and expression indexes are skipped with a warning naming them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MARIADB_SERVER, withMariaDatabase } from '../support/mariadb.js';
import { PG_SERVER, withPgDatabase, type PgDatabase } from '../support/pg.js';
import { runCli } from '../support/run-cli.js';
import { sqlJs } from '../support/sqlite.js';
import { TempDirs } from '../support/temp.js';

const MYSQL_DDL = `CREATE TABLE authors (
  id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL, bio TEXT, created_at DATETIME NOT NULL,
  KEY idx_created (created_at), KEY idx_name_created (name, created_at DESC)
) ENGINE=InnoDB;
CREATE TABLE books (
  id INT AUTO_INCREMENT PRIMARY KEY, author_id INT NOT NULL, title VARCHAR(200) NOT NULL, summary TEXT, created_at DATETIME NOT NULL,
  KEY idx_created (created_at), INDEX (title), FULLTEXT KEY ft_summary (summary),
  FOREIGN KEY (author_id) REFERENCES authors (id)
) ENGINE=InnoDB;
CREATE INDEX idx_summary ON books (summary(50));
CREATE INDEX idx_upper_title ON books ((upper(title)));
ALTER TABLE authors ADD INDEX idx_bio (bio(20));
`;

const PG_DDL = `CREATE TABLE customers (id serial PRIMARY KEY, email varchar(120) NOT NULL, region text, joined_at timestamptz NOT NULL);
CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id int NOT NULL REFERENCES customers (id), placed_at timestamp NOT NULL, total numeric(10,2));
CREATE INDEX customers_region_joined ON customers USING btree (region, joined_at DESC);
CREATE INDEX ON orders (customer_id, placed_at DESC);
CREATE INDEX orders_placed_recent ON orders (placed_at) WHERE placed_at > '2024-01-01';
`;

/** Index name → its key parts as `col [DESC]`, for the indexes the DDL declares (not keys, not MySQL's FK indexes). */
type Indexes = Record<string, string>;

/** What every target should end with from MYSQL_DDL. */
const MYSQL_DDL_INDEXES: Indexes = {
  'authors.idx_bio': 'bio', 'authors.idx_created': 'created_at', 'authors.idx_name_created': 'name, created_at DESC',
  'books.books_idx_created': 'created_at', 'books.books_title_idx': 'title', 'books.idx_summary': 'summary',
};

const ROWS = 300;
const temps = new TempDirs();
afterAll(() => temps.cleanup());

const ddlFile = (name: string, text: string): string => temps.file('secondary-indexes', name, text);

const pgUrl = (db: PgDatabase): string => `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`;

async function pgIndexes(db: PgDatabase): Promise<Indexes> {
  const rows = await db.query<{ t: string; name: string; def: string }>(
    "SELECT tablename AS t, indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE '%_pkey' ORDER BY 1, 2",
  );
  return Object.fromEntries(rows.map((r) => [`${r.t}.${r.name}`, (/USING btree \((.*)\)$/.exec(r.def)?.[1] ?? r.def).replace(/"/g, '')]));
}

describe('secondary indexes with --into postgres', () => {
  it.each([
    ['stage and swap, two sessions', ['--sessions', '2']],
    ['--keep-constraints (one transaction)', ['--keep-constraints']],
  ])('%s: MySQL KEY/INDEX/CREATE INDEX become PostgreSQL indexes, a repeated name renamed; rows intact', async (_, flags) => {
    const ddl = ddlFile('books.sql', MYSQL_DDL);
    await withPgDatabase(async (db) => {
      const r = await runCli(['generate', ddl, '--rows', String(ROWS), '--seed', '1', '--into', pgUrl(db), ...flags]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('skipped index "ft_summary": it is a FULLTEXT index');
      expect(r.stderr).toContain('skipped index "idx_upper_title"');
      expect(await pgIndexes(db)).toEqual(MYSQL_DDL_INDEXES);
      expect(await db.rowCount('authors')).toBe(ROWS);
      expect(await db.rowCount('books')).toBe(ROWS);
      expect(await db.integrityProblems()).toEqual([]);
    });
  });

  it('PostgreSQL CREATE INDEX (named, unnamed, DESC) is created; the partial one is skipped with a warning', async () => {
    const ddl = ddlFile('shop.sql', PG_DDL);
    await withPgDatabase(async (db) => {
      const r = await runCli(['generate', ddl, '--rows', String(ROWS), '--seed', '1', '--into', pgUrl(db)]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('skipped index "orders_placed_recent": it is a partial index');
      expect(await pgIndexes(db)).toEqual({
        'customers.customers_region_joined': 'region, joined_at DESC',
        'orders.orders_customer_id_placed_at_idx': 'customer_id, placed_at DESC',
      });
      expect(await db.rowCount('orders')).toBe(ROWS);
      expect(await db.integrityProblems()).toEqual([]);
    });
  });
});

describe('an index the target cannot build', () => {
  it('is named in a warning by --into, not left out silently (a JSON column in PostgreSQL)', async () => {
    const ddl = ddlFile('events.sql', 'CREATE TABLE ev (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, payload JSON);\nCREATE INDEX ev_kind_payload ON ev (kind, payload);\nCREATE INDEX ev_kind ON ev (kind);\n');
    await withPgDatabase(async (db) => {
      const r = await runCli(['generate', ddl, '--dialect', 'sqlite', '--rows', '50', '--seed', '1', '--into', pgUrl(db)]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('index "ev_kind_payload" on "ev" is not created: column "payload" is json');
      expect(await pgIndexes(db)).toEqual({ 'ev.ev_kind': 'kind' });
    });
  });
});

describe('secondary indexes with --into mysql (MariaDB)', () => {
  it('creates every index under its own name (a name repeated on two tables too: MySQL names are per table), TEXT columns by their declared prefix; rows intact', async () => {
    const ddl = ddlFile('books.sql', MYSQL_DDL);
    await withMariaDatabase(async (db) => {
      const r = await runCli(['generate', ddl, '--rows', String(ROWS), '--seed', '1', '--into', `mysql://${MARIADB_SERVER.user}@${MARIADB_SERVER.host}:${MARIADB_SERVER.port}/${db.name}`]);
      expect(r.code, r.stderr).toBe(0);
      const rows = await db.query<{ t: string; name: string; col: string; coll: string | null; sub: string | number | null }>(
        `SELECT table_name AS t, index_name AS name, column_name AS col, collation AS coll, sub_part AS sub FROM information_schema.statistics
         WHERE table_schema = DATABASE() AND index_name <> 'PRIMARY' AND index_name NOT LIKE '%author_id%' ORDER BY table_name, index_name, seq_in_index`,
      );
      const found: Indexes = {};
      for (const x of rows) {
        const key = `${x.t}.${x.name}`;
        found[key] = [found[key], `${x.col}${x.coll === 'D' ? ' DESC' : ''}`].filter(Boolean).join(', ');
      }
      const { 'books.books_idx_created': renamed, ...rest } = MYSQL_DDL_INDEXES;
      expect(found).toEqual({ ...rest, 'books.idx_created': renamed });
      expect(rows.filter((x) => x.sub !== null).map((x) => `${x.name}:${String(x.sub)}`).sort()).toEqual(['idx_bio:20', 'idx_summary:50']);
      expect(await db.rowCount('books')).toBe(ROWS);
      expect(await db.integrityProblems()).toEqual([]);
    });
  });
});

describe('secondary indexes with --into sqlite', () => {
  it('creates every index (names unique in the database); rows intact', async () => {
    const file = path.join(temps.make('secondary-indexes-sqlite'), 'books.db');
    const r = await runCli(['generate', ddlFile('books.sql', MYSQL_DDL), '--rows', String(ROWS), '--seed', '1', '--into', `sqlite:${file}`]);
    expect(r.code, r.stderr).toBe(0);
    const SQL = await sqlJs();
    const db = new SQL.Database(readFileSync(file));
    try {
      const rows = db.exec("SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY 1, 2")[0]?.values ?? [];
      const found = Object.fromEntries(rows.map(([t, name]) => {
        const parts = db.exec(`SELECT name, desc FROM pragma_index_xinfo('${String(name)}') WHERE key = 1 ORDER BY seqno`)[0]?.values ?? [];
        return [`${String(t)}.${String(name)}`, parts.map(([c, desc]) => `${String(c)}${desc === 1 ? ' DESC' : ''}`).join(', ')];
      }));
      expect(found).toEqual(MYSQL_DDL_INDEXES);
      expect(db.exec('SELECT count(*) FROM books')[0]?.values[0]?.[0]).toBe(ROWS);
      expect(db.exec('PRAGMA foreign_key_check')[0]?.values.length ?? 0).toBe(0);
      expect(db.exec('PRAGMA integrity_check')[0]?.values[0]?.[0]).toBe('ok');
    } finally {
      db.close();
    }
  });
});
