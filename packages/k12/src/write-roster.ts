import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRowforgeError, RowforgeError } from '@rowforge/core';
import { idsFor } from './ids/ids-for.js';
import type { DistrictIds } from './ids/id-scheme.js';
import { buildSchool } from './model/build-school.js';
import type { SchoolRoster } from './model/roster-types.js';
import { resolveOptions, type RosterOptions } from './options/roster-options.js';
import { CleverDistrictWriter } from './out/write-clever.js';
import { OneRosterWriter } from './out/write-oneroster.js';
import { assertOutFree, commitStaging, createStaging, stagingDir } from './out/staging.js';
import { planRoster } from './plan/plan-roster.js';
import type { DistrictPlan, RosterPlan } from './plan/roster-plan.js';
import { addTotals, NO_TOTALS, summaryOptions, type DistrictSummary, type RosterSummary } from './roster-summary.js';

export interface RosterProgress {
  readonly district: string;
  /** Schools finished so far, over the whole run. */
  readonly school: number;
  readonly schools: number;
}

export interface WriteRosterOptions extends RosterOptions {
  readonly out: string;
  readonly overwrite?: boolean;
  readonly onProgress?: (e: RosterProgress) => void;
}

interface Sink {
  write(s: SchoolRoster, ids: DistrictIds): void;
}

function enrollments(s: SchoolRoster): number {
  let n = 0;
  for (const st of s.students) n += st.sections.length;
  return n;
}

const yieldToLoop = (): Promise<void> => new Promise((resolve) => { setImmediate(resolve); });

async function writeDistrict(plan: RosterPlan, d: DistrictPlan, ids: DistrictIds, sink: Sink, tick: () => void): Promise<DistrictSummary> {
  let enrolled = 0;
  for (const sp of d.schools) {
    const school = buildSchool({ o: plan.options, district: d.info, ids, plan: sp });
    sink.write(school, ids);
    enrolled += enrollments(school);
    tick();
    await yieldToLoop();
  }
  return { name: d.info.name, state: d.info.state.code, schools: d.schools.length, teachers: d.teachers, staff: d.staff, students: d.students, sections: d.sections, enrollments: enrolled };
}

async function writeAll(plan: RosterPlan, dir: string, onProgress?: (e: RosterProgress) => void): Promise<DistrictSummary[]> {
  const ids = idsFor(plan);
  const total = plan.districts.reduce((n, d) => n + d.schools.length, 0);
  let done = 0;
  const tick = (name: string) => (): void => { done++; onProgress?.({ district: name, school: done, schools: total }); };
  const out: DistrictSummary[] = [];
  const shared = plan.options.format === 'clever' ? undefined : new OneRosterWriter(dir, plan, ids);
  try {
    for (const [i, d] of plan.districts.entries()) {
      const w = shared ?? new CleverDistrictWriter(dir, d.info, plan.options);
      try { out.push(await writeDistrict(plan, d, ids[i] as DistrictIds, w, tick(d.info.name))); } finally { if (!shared) w.close(); }
    }
  } finally { shared?.close(); }
  return out;
}

/**
 * Writes a K-12 roster: Clever (`DIR/<District>_Data/*.csv`) or one OneRoster 1.1/1.2 bulk export,
 * plus `roster.json`. Built in a staging directory renamed onto `out` at the end, school by school,
 * so memory does not grow with the student count. Same options and seed, same bytes.
 *
 * @example
 * ```ts
 * await writeRoster({ ...ROSTER_DEFAULTS, out: 'k12-roster' })
 * ```
 */
export async function writeRoster(o: WriteRosterOptions): Promise<RosterSummary> {
  const options = resolveOptions(o);
  assertOutFree(o.out, o.overwrite ?? false);
  const staging = stagingDir(o.out);
  createStaging(staging);
  try {
    const districts = await writeAll(planRoster(options), staging, o.onProgress);
    const summary: RosterSummary = { generator: '@rowforge/k12 roster v2', options: summaryOptions(options), totals: districts.reduce(addTotals, NO_TOTALS), districts };
    writeFileSync(join(staging, 'roster.json'), `${JSON.stringify(summary, null, 2)}\n`);
    commitStaging(staging, o.out);
    return summary;
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    if (isRowforgeError(e)) throw e;
    throw new RowforgeError('OUTPUT_UNWRITABLE', `cannot write the roster to ${o.out}: ${(e as Error).message}`, { path: o.out });
  }
}
