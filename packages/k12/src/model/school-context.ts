import type { DistrictInfo } from '../geo/districts.js';
import type { DistrictIds } from '../ids/id-scheme.js';
import type { ResolvedOptions } from '../options/roster-options.js';
import type { SchoolPlan } from '../plan/roster-plan.js';
import { keyFor } from '../random/seeded.js';

/** What building one school needs: options, district, its ID scheme and plan. */
export interface SchoolContext {
  readonly o: ResolvedOptions;
  readonly district: DistrictInfo;
  readonly ids: DistrictIds;
  readonly plan: SchoolPlan;
}

/** Stream key of a purpose within this school. */
export function schoolKey(c: SchoolContext, purpose: string, ...more: readonly number[]): number {
  return keyFor(c.o.seed, purpose, c.plan.district, c.plan.index, ...more);
}
