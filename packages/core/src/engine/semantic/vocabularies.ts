import type { Rng } from '../rng.js';
import { edition, genre, bookTitle, publisherName } from './business/books.js';
import { category, color, country, currencyCode, paymentMethod, productName, status } from './business/commerce.js';
import { branchName, companyName, department, industry, jobTitle, officeLocation, projectName, projectRole, title } from './business/company.js';
import { cuisine, menuItem, restaurantName } from './business/food.js';
import { benefitType, language, nationality, vehicleType } from './business/misc.js';
import { openingHours } from './business/opening-hours.js';
import { courseName, skill } from './business/education.js';
import { eventName, playlistName, salesRegion, sportsTeam, venueName, warehouseName } from './business/events.js';
import {
  boardName, campaignName, chatChannel, feature, groupName, issueLabel, marketingChannel, permission, planName,
  roleName, salesChannel, teamName,
} from './business/saas.js';
import { licensePlate } from './identifiers/license.js';
import { word } from './text/text-fitting.js';

/** A generator of one vocabulary value. */
export type VocabularyGenerator = (rng: Rng) => string;

/**
 * Every named vocabulary, keyed as the plan's `vocabulary` generator names them
 * (`company`, `jobTitle`, `menuItem`, …), so the engine can look one up by name.
 */
export const VOCABULARIES = Object.freeze({
  company: companyName, industry, department, jobTitle, product: productName, restaurant: restaurantName,
  cuisine, menuItem, bookTitle, genre, publisher: publisherName, nationality, language, benefitType,
  vehicleType, openingHours, paymentMethod, color, country, word, projectName, projectRole, edition,
  branchName, officeLocation, category, status, currency: currencyCode, licensePlate, title,
  planName, roleName, permission, feature, teamName, boardName, issueLabel, chatChannel, marketingChannel,
  salesChannel, campaignName, groupName, eventName, venueName, playlistName, salesRegion, warehouseName,
  courseName, skill, sportsTeam,
} satisfies Readonly<Record<string, VocabularyGenerator>>);

/** A key of {@link VOCABULARIES}. */
export type SemanticVocabularyName = keyof typeof VOCABULARIES;

/**
 * Every distinct value of the vocabularies that can list them (finite lists, or a mixed-radix
 * enumeration of a combining generator's words), most common first: a unique column whose rows
 * fit draws a distinct plain value per row from them.
 */
export { VOCABULARY_ENUMERATIONS } from './business/vocabulary-enumerations.js';
export { concatEnumeration, listEnumeration, productEnumeration, type Enumeration } from './enumeration.js';
