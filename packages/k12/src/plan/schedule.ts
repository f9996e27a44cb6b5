/** Clever's fixed section subjects (dev.clever.com/docs/sections). */
export const CLEVER_SUBJECTS = [
  'english/language arts', 'math', 'science', 'social studies', 'language', 'homeroom/advisory',
  'interventions/online learning', 'technology and engineering', 'PE and health', 'arts and music', 'other',
] as const;
export type Subject = (typeof CLEVER_SUBJECTS)[number];

/** One course a student of a grade may take in a schedule slot, and the share of the grade taking it. */
export interface CourseOption {
  readonly subject: Subject;
  readonly course: string;
  readonly weight: number;
}

/** A slot of a grade's schedule: one section per student, chosen among the options. */
export interface Slot {
  readonly options: readonly CourseOption[];
  readonly homeroom: boolean;
}

const one = (subject: Subject, course: string): Slot => ({ options: [{ subject, course, weight: 1 }], homeroom: false });
const pick = (...options: CourseOption[]): Slot => ({ options, homeroom: false });
const opt = (subject: Subject, course: string, weight: number): CourseOption => ({ subject, course, weight });

const HIGH_MATH = ['Algebra I', 'Geometry', 'Algebra II', 'Precalculus'];
const HIGH_SCIENCE = ['Biology', 'Chemistry', 'Physics', 'Environmental Science'];
const HIGH_SOCIAL = ['World Geography', 'World History', 'U.S. History', 'Government and Economics'];
const LANGUAGE = ['Spanish I', 'Spanish II', 'Spanish III', 'Spanish IV'];

function elementary(g: number): Slot[] {
  return [{ options: [opt('homeroom/advisory', g === 0 ? 'Kindergarten Homeroom' : `Grade ${g} Homeroom`, 1)], homeroom: true }];
}

function middle(g: number): Slot[] {
  const slots = [
    one('english/language arts', `English ${g}`), one('math', `Math ${g}`), one('science', `Science ${g}`),
    one('social studies', `Social Studies ${g}`), one('PE and health', `PE and Health ${g}`),
    pick(opt('arts and music', `Band and Art ${g}`, 0.4), opt('language', `Spanish ${g}`, 0.35), opt('technology and engineering', `Computer Science ${g}`, 0.25)),
  ];
  return g === 6 ? [...slots, { options: [opt('homeroom/advisory', 'Grade 6 Advisory', 1)], homeroom: false }] : slots;
}

function high(g: number): Slot[] {
  const y = g - 9;
  const core = [
    one('english/language arts', `English ${g}`), one('math', HIGH_MATH[y] as string), one('science', HIGH_SCIENCE[y] as string),
    one('social studies', HIGH_SOCIAL[y] as string), one('language', LANGUAGE[y] as string),
  ];
  if (g <= 10) {
    return [...core, one('PE and health', `PE and Health ${g}`),
      pick(opt('arts and music', 'Studio Art', 0.4), opt('technology and engineering', 'Intro to Engineering', 0.35), opt('interventions/online learning', 'Online Learning Lab', 0.25))];
  }
  return [...core,
    pick(opt('arts and music', 'Concert Band', 0.5), opt('technology and engineering', 'Computer Science Principles', 0.5)),
    pick(opt('other', 'Personal Finance', 0.6), opt('interventions/online learning', 'Online Credit Recovery', 0.4))];
}

/** The schedule of grade `g`: a homeroom through grade 5, 6–7 period sections with distinct subjects after. */
export function scheduleFor(g: number): Slot[] {
  if (g <= 5) return elementary(g);
  return g <= 8 ? middle(g) : high(g);
}

/** Number of sections for `n` students near a target class size (19–25 for enough students). */
export function sectionsFor(n: number, target: number): number {
  if (n <= 0) return 0;
  const lo = Math.max(1, Math.floor(n / target));
  const hi = Math.max(1, Math.ceil(n / target));
  return Math.abs(n / lo - target) <= Math.abs(n / hi - target) ? lo : hi;
}

/** Class-size targets (NTPS, k12.md §4.2): elementary self-contained ≈ 21, departmentalized ≈ 22. */
export const HOMEROOM_TARGET = 21;
export const PERIOD_TARGET = 22;
