import { availableParallelism } from 'node:os';

/**
 * How many PostgreSQL sessions `loadPostgres` COPYs through when not told. Each session's
 * backend takes a core of its own (COPY parses and writes ~560 k rows/s per backend here), and
 * the rows are made on the same machine, so on 2 cores one session is fastest: restaurants.ddl,
 * 10⁶ rows into the local server, 4.7 s with one session and one generating thread vs 5.6–5.9 s
 * with two of each (docs/performance.md). Above that, half the cores, at most 4 (not measured:
 * the bench machines have 2 cores).
 */
export function defaultPostgresSessions(cores: number = availableParallelism()): number {
  return cores <= 2 ? 1 : Math.min(4, Math.floor(cores / 2));
}

/**
 * How many sessions add the keys, CHECKs and foreign keys after a load, side by side: one a
 * core, at most 4. Nothing is generated then, so every core is PostgreSQL's.
 */
export function defaultConstraintSessions(cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores));
}
