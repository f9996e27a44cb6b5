import { dualRoleTitle, type TeacherRole } from './departments.js';
import { mailPart, personName } from './names.js';
import { rngFor } from '../random/seeded.js';
import { permuteIndex } from '../random/permute.js';
import type { StaffMember, Teacher } from './roster-types.js';
import { schoolKey, type SchoolContext } from './school-context.js';

/** Teachers ≈ 76 % female (NCES; Ed-Fi SDG staff profile). */
const TEACHER_FEMALE = 0.76;

/** The school's teachers: names, emails `<initial><last><number>@<district domain>`, IDs. */
export function buildTeachers(c: SchoolContext, roles: readonly TeacherRole[]): Teacher[] {
  const key = schoolKey(c, 'teacher');
  return roles.map((role, t) => {
    const rng = rngFor(key, t);
    const female = rng.chance(TEACHER_FEMALE);
    const name = personName(rng, female, rng.chance(0.09));
    const k = c.plan.offsets.teacher + t;
    const number = c.ids.teacherNumber(k);
    const email = `${mailPart(name.first).charAt(0)}${mailPart(name.last)}${number}@${c.district.domain}`;
    return { id: c.ids.teacher(k), number, stateId: c.ids.stateTeacherId(k), ...name, female, email, ...role };
  });
}

/** Staff rows: the school's positions, then dual-role teachers with the teacher's name and email. */
export function buildStaff(c: SchoolContext, teachers: readonly Teacher[]): StaffMember[] {
  const key = schoolKey(c, 'staff');
  const id = (j: number): string => c.ids.staff(c.plan.offsets.staff + j);
  const staff: StaffMember[] = c.plan.staff.map((role, j) => {
    const rng = rngFor(key, j);
    const name = personName(rng, rng.chance(0.7), rng.chance(0.12));
    const email = `${mailPart(name.first)}.${mailPart(name.last)}${c.ids.staffNumber(c.plan.offsets.staff + j)}@${c.district.domain}`;
    return { id: id(j), ...name, email, ...role, teacher: -1 };
  });
  return [...staff, ...dualRoleRows(c, teachers, (j) => id(staff.length + j))];
}

/** Staff rows of the dual-role teachers (chosen by the seed): the teacher's name, email and department. */
function dualRoleRows(c: SchoolContext, teachers: readonly Teacher[], id: (j: number) => string): StaffMember[] {
  const key = schoolKey(c, 'dual-role');
  return Array.from({ length: c.plan.dualRoles }, (_, n) => {
    const t = permuteIndex(n, teachers.length, key);
    const teacher = teachers[t] as Teacher;
    return { id: id(n), first: teacher.first, last: teacher.last, email: teacher.email, title: dualRoleTitle(teacher), department: teacher.department, teacher: t };
  });
}
