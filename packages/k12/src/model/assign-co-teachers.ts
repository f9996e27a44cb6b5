import { permuteIndex } from '../random/permute.js';
import { PERIODS } from '../plan/timetable.js';
import type { TeacherRole } from './departments.js';
import type { Section } from './roster-types.js';

const INCLUSION = new Set(['english/language arts', 'math', 'homeroom/advisory']);
/** A homeroom fills its teacher's day; a homeroom co-teacher is busy in the homeroom slot (bit 0). */
const WHOLE_DAY = (1 << (PERIODS + 1)) - 1;

/** Sections in the order co-teachers go to them: inclusion sections (ELA, math, homerooms) first, each group shuffled. */
function coTeachingOrder(sections: readonly Section[], key: number): number[] {
  const shuffled = sections.map((_, i) => permuteIndex(i, sections.length, key));
  const first = shuffled.filter((i) => INCLUSION.has((sections[i] as Section).subject));
  return [...first, ...shuffled.filter((i) => !INCLUSION.has((sections[i] as Section).subject))];
}

/** Each teacher's busy periods (bit p; bit 0 the homeroom slot) from the primary assignments. */
function busyMasks(sections: readonly Section[], teachers: number): number[] {
  const busy = Array.from({ length: teachers }, () => 0);
  for (const s of sections) busy[s.teacher] = (busy[s.teacher] as number) | (s.homeroom ? WHOLE_DAY : 1 << s.period);
  return busy;
}

/** The first teacher of `list` (from position `from`, cyclically) other than the primary and free when `s` meets, or -1. */
function freeIn(list: readonly number[], from: number, s: Section, busy: readonly number[]): number {
  for (let k = 0; k < list.length; k++) {
    const t = list[(from + k) % list.length] as number;
    if (t !== s.teacher && ((busy[t] as number) & (1 << s.period)) === 0) return t;
  }
  return -1;
}

/**
 * Adds a co-teacher (Teacher_2_id) to `count` sections: a special-education teacher free in that
 * period when the school has one, otherwise another free teacher of the school. A section whose
 * period has nobody free is passed over for the next one in line.
 */
export function assignCoTeachers(sections: Section[], roles: readonly TeacherRole[], count: number, key: number): void {
  if (roles.length < 2 || count === 0) return;
  const sped = roles.flatMap((r, i) => (r.department === 'Special Education' ? [i] : []));
  const everyone = roles.map((_, i) => i);
  const busy = busyMasks(sections, roles.length);
  let done = 0;
  for (const i of coTeachingOrder(sections, key)) {
    if (done === count) return;
    const s = sections[i] as Section;
    const sp = freeIn(sped, done, s, busy);
    const t = sp >= 0 ? sp : freeIn(everyone, s.teacher + 1 + done, s, busy);
    if (t < 0) continue;
    s.coTeacher = t;
    busy[t] = (busy[t] as number) | (1 << s.period);
    done++;
  }
}
