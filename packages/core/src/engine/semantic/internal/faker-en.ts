import { FAKER_FEMALE_FIRST_DATA, FAKER_FEMALE_MIDDLE_DATA, FAKER_MALE_FIRST_DATA, FAKER_MALE_MIDDLE_DATA } from './faker-en-data.js';
import { frozenList } from './frozen.js';

/**
 * Name lists from faker's English locale definitions (faker's own randomness is never used).
 * They are rendered into `faker-en-data.ts` by scripts/build-faker-names.ts, so no process or
 * worker pays for loading faker's locale at run time; a test keeps them equal to faker's.
 */

/** faker en female first names (about 1,500; the long tail behind our common names). */
export const FAKER_FEMALE_FIRST = frozenList('faker female first names', FAKER_FEMALE_FIRST_DATA);
/** faker en male first names (about 1,400). */
export const FAKER_MALE_FIRST = frozenList('faker male first names', FAKER_MALE_FIRST_DATA);
/** faker en middle names, female and male. */
export const FAKER_FEMALE_MIDDLE = frozenList('faker female middle names', FAKER_FEMALE_MIDDLE_DATA);
export const FAKER_MALE_MIDDLE = frozenList('faker male middle names', FAKER_MALE_MIDDLE_DATA);
