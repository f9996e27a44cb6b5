import { describe, expect, it } from 'vitest';
import { tableColumns } from './testing/table-columns.js';

const localPart = (email: unknown): string => String(email).split('@')[0]?.toLowerCase() ?? '';
const lastWord = (name: unknown): string => String(name).split(' ').pop()?.toLowerCase() ?? '';

describe('an email beside a full-name column', () => {
  it('is made from both words of the name in the same row (`name`, `display_name`)', async () => {
    for (const nameColumn of ['name', 'display_name']) {
      const col = await tableColumns(`CREATE TABLE users (id int PRIMARY KEY, ${nameColumn} varchar(80) NOT NULL, email varchar(120) NOT NULL UNIQUE)`, 200);
      const names = col(nameColumn);
      const emails = col('email');
      const follows = emails.filter((e, i) => localPart(e).includes(lastWord(names[i]).replace(/[^a-z]/g, '').slice(0, 4)));
      expect(follows.length, nameColumn).toBeGreaterThan(150);
    }
  });

  it('still takes the last name from a last-name column when there is one', async () => {
    const col = await tableColumns('CREATE TABLE p (id int PRIMARY KEY, first_name varchar(40) NOT NULL, last_name varchar(40) NOT NULL, email varchar(120) NOT NULL)', 100);
    const last = col('last_name');
    const emails = col('email');
    expect(emails.filter((e, i) => localPart(e).includes(String(last[i]).toLowerCase().replace(/[^a-z]/g, '').slice(0, 4))).length).toBeGreaterThan(75);
  });
});
