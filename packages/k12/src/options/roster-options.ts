import { RowforgeError } from '@rowforge/core';
import { z } from 'zod';

export const ID_MODES = ['alphanumeric', 'sequential'] as const;
export const ROSTER_FORMATS = ['clever', 'oneroster-1.1', 'oneroster-1.2'] as const;
export type IdMode = (typeof ID_MODES)[number];
export type RosterFormat = (typeof ROSTER_FORMATS)[number];

/** What a roster run is: its shape, ID mode, format, school year and seed. */
export interface RosterOptions {
  readonly districts: number;
  readonly schoolsPerDistrict: number;
  /** Students per school, or a [min, max] range drawn per school (larger for secondary schools). */
  readonly studentsPerSchool: number | readonly [number, number];
  readonly idMode: IdMode;
  readonly format: RosterFormat;
  /** `2026-2027`: the fall and spring calendar years. */
  readonly schoolYear: string;
  readonly seed: string | number;
  /** Clever only: add race, Hispanic/Latino, ELL, IEP, FRL, home language, address, period/term/course. */
  readonly cleverExtended?: boolean;
  /** Share of sections with a co-teacher (Teacher_2_id); default 0.05. */
  readonly coTeachingShare?: number;
  /** Share of teachers also listed as staff with the same email; default 0.03. */
  readonly dualRoleShare?: number;
}

/** The defaults of a CLI run without flags. */
export const ROSTER_DEFAULTS = {
  districts: 3, schoolsPerDistrict: 5, studentsPerSchool: 400, idMode: 'alphanumeric', format: 'clever',
  schoolYear: '2026-2027', seed: 1, cleverExtended: false, coTeachingShare: 0.05, dualRoleShare: 0.03,
} as const;

/** Largest run: districts × schools per district × the largest school. */
export const MAX_STUDENTS = 20_000_000;

const count = (max: number) => z.number().int().min(1).max(max);
const share = z.number().min(0).max(1);

const StudentsSchema = z.union([
  count(200_000),
  z.tuple([count(200_000), count(200_000)]).refine(([a, b]) => a <= b, 'the range minimum must not exceed its maximum'),
]);

const SchoolYearSchema = z.string().regex(/^\d{4}-\d{4}$/, 'expected YYYY-YYYY, e.g. 2026-2027')
  .refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, 'the second year must follow the first');

export const RosterOptionsSchema = z.object({
  districts: count(500),
  schoolsPerDistrict: count(999),
  studentsPerSchool: StudentsSchema,
  idMode: z.enum(ID_MODES),
  format: z.enum(ROSTER_FORMATS),
  schoolYear: SchoolYearSchema,
  seed: z.union([z.string().min(1), z.number().finite()]),
  cleverExtended: z.boolean().optional(),
  coTeachingShare: share.optional(),
  dualRoleShare: share.optional(),
});

/** Options after validation, defaults filled in and the seed as text. */
export interface ResolvedOptions {
  readonly districts: number;
  readonly schoolsPerDistrict: number;
  readonly studentsMin: number;
  readonly studentsMax: number;
  readonly idMode: IdMode;
  readonly format: RosterFormat;
  readonly schoolYear: string;
  /** Fall calendar year of the school year. */
  readonly fallYear: number;
  readonly seed: string;
  readonly cleverExtended: boolean;
  readonly coTeachingShare: number;
  readonly dualRoleShare: number;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : 'options';
  return `${where}: ${issue.message}`;
}

/** Validates roster options (zod) and fills in defaults; bad options are `K12_OPTIONS_INVALID`. */
export function resolveOptions(input: RosterOptions): ResolvedOptions {
  const parsed = RosterOptionsSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new RowforgeError('K12_OPTIONS_INVALID', `invalid roster options: ${first ? describeIssue(first) : 'unknown problem'}`);
  }
  const o = parsed.data;
  const [min, max] = typeof o.studentsPerSchool === 'number' ? [o.studentsPerSchool, o.studentsPerSchool] : o.studentsPerSchool;
  if (o.districts * o.schoolsPerDistrict * max > MAX_STUDENTS) {
    throw new RowforgeError('K12_OPTIONS_INVALID', `invalid roster options: up to ${MAX_STUDENTS.toLocaleString('en-US')} students per run, asked for up to ${(o.districts * o.schoolsPerDistrict * max).toLocaleString('en-US')}`, { hint: 'fewer districts, schools or students per school' });
  }
  return {
    districts: o.districts, schoolsPerDistrict: o.schoolsPerDistrict, studentsMin: min, studentsMax: max,
    idMode: o.idMode, format: o.format, schoolYear: o.schoolYear, fallYear: Number(o.schoolYear.slice(0, 4)),
    seed: String(o.seed), cleverExtended: o.cleverExtended ?? false,
    coTeachingShare: o.coTeachingShare ?? ROSTER_DEFAULTS.coTeachingShare,
    dualRoleShare: o.dualRoleShare ?? ROSTER_DEFAULTS.dualRoleShare,
  };
}
