import { faker } from '@faker-js/faker/locale/en';
import { frozenList } from './frozen.js';

/**
 * Word and name lists read once from faker's English locale definitions (faker's own
 * randomness is never used). Importing the `locale/en` entry loads only en + base.
 */
const raw = faker.rawDefinitions;
const person = raw.person;

/** faker en female first names (about 1,500; the long tail behind our common names). */
export const FAKER_FEMALE_FIRST = frozenList('faker female first names', person?.first_name?.female);
/** faker en male first names (about 1,400). */
export const FAKER_MALE_FIRST = frozenList('faker male first names', person?.first_name?.male);
/** faker en middle names, female and male. */
export const FAKER_FEMALE_MIDDLE = frozenList('faker female middle names', person?.middle_name?.female);
export const FAKER_MALE_MIDDLE = frozenList('faker male middle names', person?.middle_name?.male);
