import { Option, type Command } from 'commander';
import { ID_MODES, parseStudentsPerSchool, ROSTER_DEFAULTS, ROSTER_FORMATS, type RosterOptions } from '@rowforge/k12/options';
import { RowforgeError } from '@rowforge/core';

/** `rowforge k12 roster` flags as commander hands them over. */
export interface K12RosterFlags {
  readonly districts: number;
  readonly schoolsPerDistrict: number;
  readonly studentsPerSchool: number | readonly [number, number];
  readonly idMode: RosterOptions['idMode'];
  readonly format: RosterOptions['format'];
  readonly schoolYear: string;
  readonly seed: string;
  readonly out: string;
  readonly overwrite: boolean;
  readonly cleverExtended: boolean;
  readonly coTeachingShare?: number;
  readonly dualRoleShare?: number;
}

const bad = (message: string, hint?: string): RowforgeError => new RowforgeError('K12_OPTIONS_INVALID', message, hint ? { hint } : {});

function whole(flag: string, max: number) {
  return (v: string): number => {
    if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max) throw bad(`${flag} expects a whole number from 1 to ${max}, got "${v}"`);
    return Number(v);
  };
}

function share(flag: string) {
  return (v: string): number => {
    const n = Number(v.endsWith('%') ? v.slice(0, -1) : v) / (v.endsWith('%') ? 100 : 1);
    if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw bad(`${flag} expects a share from 0 to 1 (or 0%–100%), got "${v}"`, 'e.g. 0.05 or 5%');
    return n;
  };
}

function choice<T extends string>(flag: string, allowed: readonly T[]) {
  return (v: string): T => {
    if (!(allowed as readonly string[]).includes(v)) throw bad(`${flag} must be one of ${allowed.join(', ')}; got "${v}"`);
    return v as T;
  };
}

function schoolYear(v: string): string {
  const m = /^(\d{4})-(\d{4})$/.exec(v);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) throw bad(`--school-year expects YYYY-YYYY with consecutive years, got "${v}"`, 'e.g. 2026-2027');
  return v;
}

/** Adds the roster flags, each with its default and a one-line explanation. */
export function rosterFlags(cmd: Command): Command {
  const d = ROSTER_DEFAULTS;
  return cmd
    .addOption(new Option('--districts <n>', 'number of districts, each mapped to a US state').argParser(whole('--districts', 500)).default(d.districts))
    .addOption(new Option('--schools-per-district <n>', 'schools in each district (elementary, middle, high, some K-8 and 6-12)').argParser(whole('--schools-per-district', 999)).default(d.schoolsPerDistrict))
    .addOption(new Option('--students-per-school <n|min-max>', 'students per school, or a range drawn per school').argParser(parseStudentsPerSchool).default(d.studentsPerSchool))
    .addOption(new Option('--id-mode <mode>', 'alphanumeric (CA-01-10482910, CA-T-104829, hex schools) or sequential (integer blocks per district)').argParser(choice('--id-mode', ID_MODES)).default(d.idMode))
    .addOption(new Option('--format <format>', 'clever (a folder per district) or oneroster-1.1 / oneroster-1.2 (one bulk export)').argParser(choice('--format', ROSTER_FORMATS)).default(d.format))
    .addOption(new Option('--school-year <YYYY-YYYY>', 'school year the roster is for').argParser(schoolYear).default(d.schoolYear))
    .option('--seed <seed>', 'any string or number; same seed, same bytes', String(d.seed))
    .option('--out <dir>', 'output directory (must not exist unless --overwrite)', 'k12-roster')
    .option('--overwrite', 'replace --out once the new roster is complete', false)
    .option('--clever-extended', "clever: add Clever's optional columns (race, ELL, IEP, FRL, home language, address, period, term, course)", false)
    .addOption(new Option('--co-teaching-share <share>', 'share of sections with a Teacher_2_id co-teacher (default 0.05)').argParser(share('--co-teaching-share')))
    .addOption(new Option('--dual-role-share <share>', 'share of teachers also listed in staff.csv with the same email (default 0.03)').argParser(share('--dual-role-share')));
}

/** Library options from the flags. */
export function rosterOptions(f: K12RosterFlags): RosterOptions & { out: string; overwrite: boolean } {
  return {
    districts: f.districts, schoolsPerDistrict: f.schoolsPerDistrict, studentsPerSchool: f.studentsPerSchool, idMode: f.idMode, format: f.format,
    schoolYear: f.schoolYear, seed: f.seed, out: f.out, overwrite: f.overwrite, cleverExtended: f.cleverExtended,
    ...(f.coTeachingShare === undefined ? {} : { coTeachingShare: f.coTeachingShare }),
    ...(f.dualRoleShare === undefined ? {} : { dualRoleShare: f.dualRoleShare }),
  };
}
