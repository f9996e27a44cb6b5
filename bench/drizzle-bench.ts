/**
 * Bench part (c): drizzle-seed (the closest mainstream TypeScript seeder) filling the
 * restaurants schema in a scratch PostgreSQL database, `count` rows per table.
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import { seed } from 'drizzle-seed';
import { RESTAURANTS_PG_DDL, restaurantsSchema } from './drizzle-restaurants.js';
import type { LoadResult } from './pg-load.js';
import { withClient } from './pg-scratch.js';

/**
 * Seeds `count` rows into each of the 7 tables. drizzle-seed ignores CHECK constraints, so
 * reviews.rating is refined to 1–5 (without it the insert fails on reviews_rating_check).
 */
export async function measureDrizzleSeed(url: string, count: number): Promise<LoadResult> {
  await withClient(url, async (c) => { await c.query(RESTAURANTS_PG_DDL); });
  const db = drizzle(url);
  try {
    const start = process.hrtime.bigint();
    await seed(db, restaurantsSchema, { count, seed: 1 }).refine((f) => ({
      reviews: { columns: { rating: f.int({ minValue: 1, maxValue: 5 }) } },
    }));
    return { rows: count * 7, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
  } finally {
    await db.$client.end();
  }
}
