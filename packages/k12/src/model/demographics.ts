import type { Rng } from '@rowforge/core';

/** NCES race/ethnicity categories, fall 2022 shares in % (Digest 216.30, k12.md §4.2). */
export const RACE_SHARES = { white: 44.8, hispanic: 28.5, black: 15.0, asian: 5.5, multiracial: 5.0, americanIndian: 0.9, pacificIslander: 0.4 } as const;
export type Ethnicity = keyof typeof RACE_SHARES;
const CATEGORIES = Object.keys(RACE_SHARES) as Ethnicity[];
const WEIGHTS = Object.values(RACE_SHARES);

/** Clever race letters (k12.md §1.3.2). */
export type RaceLetter = 'W' | 'B' | 'A' | 'I' | 'P' | 'M';
const LETTER: Readonly<Record<Exclude<Ethnicity, 'hispanic'>, RaceLetter>> = { white: 'W', black: 'B', asian: 'A', multiracial: 'M', americanIndian: 'I', pacificIslander: 'P' };
/** Race reported by Hispanic students (Census pattern: mostly White or two or more races). */
const HISPANIC_RACE: readonly RaceLetter[] = ['W', 'M', 'I', 'B'];
const HISPANIC_RACE_WEIGHTS = [62, 25, 8, 5];

/** Program shares: English learners 10.6 %, IDEA/IEP 15 % (NCES, k12.md §4.3). */
export const ELL_SHARE = 0.106;
export const IEP_SHARE = 0.15;
/** ELL by group, tuned so the overall share is 10.6 % and EL status follows ethnicity. */
const ELL_BY: Readonly<Record<Ethnicity, number>> = { hispanic: 0.28, asian: 0.2, white: 0.023, black: 0.023, multiracial: 0.023, americanIndian: 0.023, pacificIslander: 0.023 };

const ASIAN_LANGUAGES = ['Chinese', 'Vietnamese', 'Korean', 'Tagalog', 'Hindi', 'Mandarin', 'Cantonese', 'Urdu', 'Bengali', 'Hmong'];
const OTHER_LANGUAGES = ['Arabic', 'Somali', 'Russian', 'Ukrainian', 'French', 'Portuguese', 'Swahili', 'Amharic', 'Nepali', 'Polish'];

export interface Demographics {
  readonly ethnicity: Ethnicity;
  readonly race: RaceLetter;
  readonly hispanic: boolean;
  readonly ell: boolean;
  readonly iep: boolean;
  readonly frl: 'Free' | 'Reduced' | 'Paid';
  readonly homeLanguage: string;
}

function homeLanguage(rng: Rng, e: Ethnicity, ell: boolean): string {
  if (e === 'hispanic') return ell || rng.chance(0.35) ? 'Spanish' : 'English';
  if (e === 'asian') return ell || rng.chance(0.3) ? rng.pick(ASIAN_LANGUAGES) : 'English';
  return ell ? rng.pick(OTHER_LANGUAGES) : 'English';
}

/** A student's demographics; `poverty` is the school's free/reduced-price lunch rate. */
export function demographics(rng: Rng, poverty: number): Demographics {
  const ethnicity = CATEGORIES[rng.weighted(WEIGHTS)] as Ethnicity;
  const hispanic = ethnicity === 'hispanic';
  const race = hispanic ? (HISPANIC_RACE[rng.weighted(HISPANIC_RACE_WEIGHTS)] as RaceLetter) : LETTER[ethnicity];
  const ell = rng.chance(ELL_BY[ethnicity]);
  const iep = rng.chance(IEP_SHARE);
  const f = rng.float();
  const frl = f < poverty * 0.87 ? 'Free' : f < poverty ? 'Reduced' : 'Paid';
  return { ethnicity, race, hispanic, ell, iep, frl, homeLanguage: homeLanguage(rng, ethnicity, ell) };
}

/** Students by school FRPL concentration (NCES COE clb, k12.md §4.2): bucket midpoints and shares. */
const POVERTY_LEVELS = [0.125, 0.375, 0.625, 0.875];
const POVERTY_WEIGHTS = [18.4, 27.8, 26.8, 24.9];

/** A school's free/reduced-price lunch rate. */
export function schoolPoverty(rng: Rng): number {
  return (POVERTY_LEVELS[rng.weighted(POVERTY_WEIGHTS)] as number) + (rng.float() - 0.5) * 0.2;
}

/** Students: 51.3 % male, 48.7 % female (NCES), a few (0.3 %) non-binary `X`. */
export function studentGender(rng: Rng): 'M' | 'F' | 'X' {
  const u = rng.float();
  return u < 0.003 ? 'X' : u < 0.003 + 0.997 * 0.513 ? 'M' : 'F';
}
