import { ExitCodes } from '@rowforge/core';
import { writeRoster, type RosterSummary } from '@rowforge/k12';
import type { Io } from '../../io.js';
import { ProgressBar } from '../../progress-bar.js';
import { rosterOptions, type K12RosterFlags } from './k12-roster-flags.js';

const n = (x: number): string => x.toLocaleString('en-US');

function describe(s: RosterSummary, out: string, secs: number): string {
  const t = s.totals;
  return `wrote ${s.districts.length} district(s), ${n(t.schools)} schools, ${n(t.students)} students, ${n(t.teachers)} teachers, ${n(t.staff)} staff, ` +
    `${n(t.sections)} sections, ${n(t.enrollments)} enrollments (${s.options.format}, ${s.options.idMode} IDs, seed ${s.options.seed}) to ${out} in ${secs.toFixed(1)} s`;
}

/** `rowforge k12 roster`: writes a Clever or OneRoster roster; prints one summary line. */
export async function k12RosterCommand(flags: K12RosterFlags, io: Io): Promise<number> {
  const started = io.now();
  const bar = new ProgressBar();
  const summary = await writeRoster({ ...rosterOptions(flags), onProgress: (e) => bar.update(e.district, e.school, e.schools) });
  bar.done();
  io.out(describe(summary, flags.out, (io.now() - started) / 1000));
  io.out(`check it with: rowforge k12 check ${flags.out}`);
  return ExitCodes.ok;
}
