import { describe, expect, it } from 'vitest';
import { tableColumns } from './testing/table-columns.js';

const day = (v: unknown): number => (v instanceof Date ? v.getTime() : typeof v === 'number' ? v : Date.parse(String(v)));

describe('a post\'s published_at', () => {
  it('follows its created_at within a month', async () => {
    const col = await tableColumns('CREATE TABLE posts (id int PRIMARY KEY, title varchar(200) NOT NULL, created_at timestamp NOT NULL, published_at timestamp NOT NULL)', 300);
    const created = col('created_at');
    col('published_at').forEach((p, i) => {
      const gap = (day(p) - day(created[i])) / 86_400_000;
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThanOrEqual(31);
    });
  });

  it('is recent without a created_at, while a book\'s published_date still reaches back decades', async () => {
    const posts = await tableColumns('CREATE TABLE posts (id int PRIMARY KEY, published_at timestamp NOT NULL)', 300);
    expect(Math.min(...posts('published_at').map(day))).toBeGreaterThan(Date.parse('2020-01-01'));
    const books = await tableColumns('CREATE TABLE books (id int PRIMARY KEY, published_date date NOT NULL)', 300);
    expect(Math.min(...books('published_date').map(day))).toBeLessThan(Date.parse('2000-01-01'));
  });
});
