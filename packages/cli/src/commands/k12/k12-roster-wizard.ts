import { createInterface } from 'node:readline/promises';
import { parseStudentsPerSchool, ROSTER_DEFAULTS, type IdMode, type RosterFormat } from '@rowforge/k12/options';
import { isRowforgeError } from '@rowforge/core';
import type { K12RosterFlags } from './k12-roster-flags.js';

/** Asks one question and resolves to the typed answer ('' for just Enter). */
export type Ask = (question: string) => Promise<string>;

async function askUntil<T>(ask: Ask, question: string, fallback: T, parse: (s: string) => T | undefined, help: string): Promise<T> {
  for (let tries = 0; tries < 5; tries++) {
    const answer = (await ask(question)).trim();
    if (answer === '') return fallback;
    const value = parse(answer);
    if (value !== undefined) return value;
    await ask(`  ${help} (press Enter)`);
  }
  return fallback;
}

const wholeIn = (max: number) => (s: string): number | undefined => (/^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= max ? Number(s) : undefined);
const oneOf = <T extends string>(values: readonly T[]) => (s: string): T | undefined => values.find((v) => v === s.toLowerCase() || v.startsWith(s.toLowerCase()));

function studentsAnswer(s: string): number | readonly [number, number] | undefined {
  try {
    return parseStudentsPerSchool(s);
  } catch (e) {
    if (isRowforgeError(e)) return undefined;
    throw e;
  }
}

/**
 * Seed 000's interactive questions (ID mode, district count, school and student counts), then the
 * format and output folder; Enter keeps the default shown in brackets.
 */
export async function rosterWizard(ask: Ask, base: K12RosterFlags): Promise<K12RosterFlags> {
  const d = ROSTER_DEFAULTS;
  const idMode = await askUntil<IdMode>(ask, `ID mode, alphanumeric or sequential [${d.idMode}]: `, d.idMode, oneOf(['alphanumeric', 'sequential'] as const), 'type alphanumeric or sequential');
  const districts = await askUntil(ask, `How many districts? [${d.districts}]: `, d.districts, wholeIn(500), 'a whole number from 1 to 500');
  const schoolsPerDistrict = await askUntil(ask, `Schools per district? [${d.schoolsPerDistrict}]: `, d.schoolsPerDistrict, wholeIn(999), 'a whole number from 1 to 999');
  const studentsPerSchool = await askUntil(ask, `Students per school (N or MIN-MAX)? [${d.studentsPerSchool}]: `, base.studentsPerSchool, studentsAnswer, 'e.g. 400 or 300-600');
  const format = await askUntil<RosterFormat>(ask, `Format, clever, oneroster-1.1 or oneroster-1.2 [${d.format}]: `, d.format, oneOf(['clever', 'oneroster-1.1', 'oneroster-1.2'] as const), 'type clever, oneroster-1.1 or oneroster-1.2');
  const out = await askUntil(ask, `Output folder [${base.out}]: `, base.out, (s) => s, '');
  return { ...base, idMode, districts, schoolsPerDistrict, studentsPerSchool, format, out };
}

/** Runs {@link rosterWizard} on the terminal. */
export async function terminalWizard(base: K12RosterFlags): Promise<K12RosterFlags> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rosterWizard((q) => rl.question(q), base);
  } finally {
    rl.close();
  }
}
