import { describe, expect, it } from 'vitest';
import { tableColumns } from './testing/table-columns.js';

describe('a unique phone column', () => {
  it('holds distinct numbers in the column\'s layout, with no suffix appended', async () => {
    const col = await tableColumns('CREATE TABLE users (id serial PRIMARY KEY, phone varchar(256) UNIQUE, mobile varchar(12) NOT NULL UNIQUE, fax varchar(8) UNIQUE)', 3000);
    const phones = col('phone').filter((p) => p !== null);
    expect(phones.every((p) => /^\(\d{3}\) \d{3}-\d{4}$/.test(String(p)))).toBe(true);
    expect(new Set(phones).size).toBe(phones.length);
    const mobiles = col('mobile');
    expect(mobiles.every((p) => /^\d{3}-\d{3}-\d{4}$/.test(String(p)))).toBe(true);
    expect(new Set(mobiles).size).toBe(3000);
    const fax = col('fax').filter((p) => p !== null);
    expect(fax.every((p) => String(p).length <= 8)).toBe(true);
    expect(new Set(fax).size).toBe(fax.length);
  });
});
