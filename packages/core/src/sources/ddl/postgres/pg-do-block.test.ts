import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../__fixtures__/fixture-text.js';
import { columnOf, tableOf } from '../../__fixtures__/schema-lookup.js';
import { loadParsers } from '../../load-parsers.js';
import { parseSchema } from '../../parse-schema.js';

await loadParsers();

const pg = (sql: string) => parseSchema(sql, { dialect: 'postgres' });
const warned = (sql: string) => pg(sql).warnings.map((w) => `${w.line}:${w.column} ${w.message.split(':')[0] ?? ''}`);

/** drizzle-kit's migration shape: enums and foreign keys inside DO blocks. */
const DRIZZLE = fixtureText('drizzle-migration.sql');

const TABLES = 'CREATE TABLE users (id int PRIMARY KEY, email text);\nCREATE TABLE posts (id int PRIMARY KEY, author_id int);\n';

describe('DO blocks holding idempotent DDL (drizzle-kit migrations)', () => {
  it('reads the foreign key and the enum a drizzle migration wraps in DO blocks, with no warning', () => {
    const { schema, warnings } = pg(DRIZZLE);
    expect(tableOf(schema, 'posts').foreignKeys).toEqual([
      expect.objectContaining({ name: 'posts_author_id_users_id_fk', columns: ['author_id'], refTable: 'users', refColumns: ['id'], onDelete: 'CASCADE' }),
    ]);
    expect(columnOf(schema, 'users', 'mood').type).toEqual({ kind: 'enum', name: 'mood', values: ['sad', 'ok'] });
    expect(warnings).toEqual([]);
  });

  it('reads CREATE INDEX, several statements, several handlers and a named dollar tag', () => {
    const sql = `${TABLES}DO $body$ BEGIN
  CREATE UNIQUE INDEX users_email ON users (email);
  ALTER TABLE posts ADD CONSTRAINT fk FOREIGN KEY (author_id) REFERENCES users (id);
EXCEPTION WHEN duplicate_object OR duplicate_table THEN NULL; WHEN SQLSTATE '42P07' THEN null;
END; $body$;`;
    const { schema } = pg(sql);
    expect(tableOf(schema, 'users').uniques.map((u) => u.columns)).toContainEqual(['email']);
    expect(tableOf(schema, 'posts').foreignKeys.map((f) => f.refTable)).toEqual(['users']);
  });

  it('reads a CREATE TYPE guarded by IF NOT EXISTS (SELECT ... FROM pg_type)', () => {
    const sql = `DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN
    CREATE TYPE mood AS ENUM ('sad', 'ok');
  END IF;
END $$;
CREATE TABLE t (id int PRIMARY KEY, m mood);`;
    expect(columnOf(pg(sql).schema, 't', 'm').type).toEqual({ kind: 'enum', name: 'mood', values: ['sad', 'ok'] });
  });

  it('points a warning about a statement in the body at its line:column in the file', () => {
    const sql = `${TABLES}DO $$ BEGIN\n  ALTER TABLE posts ADD CONSTRAINT fk FOREIGN KEY (author_id) REFERENCES users (id);\n   CREATE INDEX é_ix ON posts (author_id) WHERE author_id > 0;\nEND $$;`;
    expect(warned(sql)).toEqual(['5:4 skipped index "é_ix"']);
  });

  it('points a syntax error in the body at its line:column (non-ASCII text before it)', () => {
    const sql = `-- café ☕ 𝄞\n${TABLES}DO $$ BEGIN\n  ALTER TABLE posts ADD CONSTRAINT fk FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE explode;\nEXCEPTION WHEN duplicate_object THEN null;\nEND $$;`;
    const column = (sql.split('\n')[4] ?? '').indexOf('explode') + 1;
    expect(column).toBe(95);
    expect(() => pg(sql)).toThrow(expect.objectContaining({ code: 'DDL_SYNTAX', details: { position: { line: 5, column } } }));
  });

  it('keeps skipping, with its warning, a DO block with other logic', () => {
    const blocks = [
      "DO $$ DECLARE n int; BEGIN CREATE INDEX i ON posts (author_id); END $$;",
      "DO $$ BEGIN PERFORM 1; ALTER TABLE posts ADD CONSTRAINT fk FOREIGN KEY (author_id) REFERENCES users (id); END $$;",
      "DO $$ BEGIN EXECUTE 'ALTER TABLE posts ADD CONSTRAINT fk FOREIGN KEY (author_id) REFERENCES users (id)'; END $$;",
      "DO $$ BEGIN IF current_user = 'x' THEN ALTER TABLE posts ADD CONSTRAINT fk FOREIGN KEY (author_id) REFERENCES users (id); END IF; END $$;",
      "DO $$ BEGIN FOR i IN 1..2 LOOP RAISE NOTICE 'x'; END LOOP; END $$;",
      "DO $$ BEGIN ALTER TABLE posts ADD CONSTRAINT fk FOREIGN KEY (author_id) REFERENCES users (id); EXCEPTION WHEN others THEN RAISE; END $$;",
      "DO 'BEGIN ALTER TABLE posts ADD CONSTRAINT fk FOREIGN KEY (author_id) REFERENCES users (id); END';",
    ];
    for (const block of blocks) {
      const { schema, warnings } = pg(`${TABLES}${block}`);
      expect(tableOf(schema, 'posts').foreignKeys).toEqual([]);
      expect(warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).toEqual(['3:1 skipped DO: it does not shape the generated data']);
    }
  });
});
