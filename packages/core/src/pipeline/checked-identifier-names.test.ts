import { describe, expect, it } from 'vitest';
import { tableColumns } from './testing/table-columns.js';

describe('key, token and JSON names on a column a CHECK reads', () => {
  it.each([
    ['CREATE TABLE a (id text PRIMARY KEY CHECK (length(id) <= 12), name text)', 'id', (v: string) => v.length <= 12],
    ['CREATE TABLE c (uuid text PRIMARY KEY, token text NOT NULL CHECK (char_length(token) = 32))', 'token', (v: string) => v.length === 32],
    ['CREATE TABLE t (id int PRIMARY KEY, options text NOT NULL CHECK (length(options) < 20))', 'options', (v: string) => v.length < 20],
    ["CREATE TABLE t2 (id int PRIMARY KEY, payload text NOT NULL CHECK (payload <> '' AND length(payload) <= 50))", 'payload', (v: string) => v.length > 0 && v.length <= 50],
  ] as const)('%s: values meet the CHECK (the usual generators, which the CHECK shapes)', async (ddl, column, meets) => {
    const values = (await tableColumns(ddl, 200))(column);
    expect(values.every((v) => typeof v === 'string' && meets(v))).toBe(true);
  });
});
