import type { Dialect } from '../schema/index.js';

/**
 * The database a run's output is meant for. It decides how text outputs spell values
 * (booleans, timestamps with zone, bytes, arrays) and which SQL the DDL and INSERTs use.
 */
export type Target = Dialect;

/** Every supported target, in documentation order. */
export const TARGETS: readonly Target[] = ['postgres', 'mysql', 'sqlite', 'mssql'];
