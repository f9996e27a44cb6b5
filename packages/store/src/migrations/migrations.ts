import type { Migration } from 'kysely';
import { initial } from './0001-initial.js';

/**
 * Every migration, by name; names sort in the order they run. Add one as
 * `NNNN-what.ts` and list it here; never edit one that has shipped.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
};
