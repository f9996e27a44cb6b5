import { describe, expect, it } from 'vitest';
import { tableColumns } from './testing/table-columns.js';

const ms = (v: unknown): number => (v instanceof Date ? v.getTime() : typeof v === 'number' ? v : Date.parse(String(v)));
const END_OF_REFERENCE_DAY = Date.parse('2026-01-02T00:00:00Z');

describe('events that follow an earlier column and have happened', () => {
  it('are not after the reference date (last_login after date_joined, deleted_at, a post\'s published_at)', async () => {
    const col = await tableColumns('CREATE TABLE auth_user (id int PRIMARY KEY, date_joined timestamp NOT NULL, last_login timestamp NOT NULL, created_at timestamp NOT NULL, deleted_at timestamp NOT NULL, published_at timestamp NOT NULL)', 2000);
    for (const c of ['last_login', 'deleted_at', 'published_at']) {
      expect(Math.max(...col(c).map(ms)), c).toBeLessThan(END_OF_REFERENCE_DAY);
    }
    const joined = col('date_joined');
    col('last_login').forEach((v, i) => expect(ms(v)).toBeGreaterThanOrEqual(ms(joined[i])));
  });

  it('include refunds: a refunded_at after shipped_at stays before the reference date', async () => {
    const col = await tableColumns('CREATE TABLE orders (id int PRIMARY KEY, ordered_at timestamp NOT NULL, shipped_at timestamp NOT NULL, refunded_at timestamp NOT NULL)', 3000);
    const shipped = col('shipped_at').map(ms);
    const refunded = col('refunded_at').map(ms);
    refunded.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(shipped[i] as number));
    // Only a refund whose shipment was on the last day, a day's gap before it, may pass the day.
    const late = refunded.flatMap((v, i) => (v >= END_OF_REFERENCE_DAY ? [shipped[i] as number] : []));
    expect(late.every((s) => s >= END_OF_REFERENCE_DAY - 2 * 86_400_000)).toBe(true);
    expect(late.length).toBeLessThan(40);
  });

  it('stay spread below the reference date, not piled on it: a UNIQUE last_login keeps distinct values', async () => {
    const col = await tableColumns('CREATE TABLE q (id int PRIMARY KEY, created_at timestamp NOT NULL, last_login timestamp NOT NULL UNIQUE)', 3000);
    const logins = col('last_login').map(ms);
    expect(new Set(logins).size).toBe(3000);
    expect(Math.max(...logins)).toBeLessThan(END_OF_REFERENCE_DAY);
  });
});

