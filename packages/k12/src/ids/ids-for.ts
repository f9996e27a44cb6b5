import type { RosterPlan } from '../plan/roster-plan.js';
import { alphanumericIds } from './alphanumeric-ids.js';
import type { DistrictIds } from './id-scheme.js';
import { sequentialBlock, sequentialIds } from './sequential-ids.js';

/** The ID scheme of every district of a run, per the run's ID mode. */
export function idsFor(plan: RosterPlan): DistrictIds[] {
  const o = plan.options;
  const block = sequentialBlock(plan.districts);
  const first = { student: 0, teacher: 0 };
  return plan.districts.map((d) => {
    const at = { ...first };
    first.student += d.students;
    first.teacher += d.teachers;
    return o.idMode === 'sequential' ? sequentialIds(o.seed, d, block, at) : alphanumericIds(o.seed, d, o.schoolsPerDistrict, at);
  });
}
