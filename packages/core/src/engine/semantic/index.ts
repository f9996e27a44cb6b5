/**
 * The realism library: pure functions from an {@link Rng} (plus a few inputs) to realistic
 * values. Dates are integer days since 1970-01-01, times seconds since midnight,
 * timestamps ms since the epoch (UTC). No global randomness, clock or locale.
 */
export { firstName, lastName, middleName, fullName, sexOf } from './person/names.js';
export { sex, gender, SEX_VALUES, GENDER_VALUES } from './person/sex.js';
export { honorificFor, HONORIFIC_MIN_LENGTH } from './person/honorific.js';
export { emailFrom, username, uniqueEmailLength, uniqueUsernameLength, SAFE_EMAIL_DOMAINS, type EmailOptions } from './person/email.js';

export { usLocation, usPlace, usState, areaCodeFor, requireUsState, formatUsAddress, type UsLocation } from './location/us-location.js';
export { skipStreetAddress, streetAddress, secondaryAddress } from './location/street-address.js';
export { US_STATES, findUsState, zipInState, type UsState } from './location/us-state-table.js';
export { phone, phoneFitting, PHONE_FORMAT_LENGTHS, type PhoneFormat } from './phone/phone.js';
export { FICTITIOUS_PHONES, formatPhoneDigits, uniquePhoneDigits } from './phone/unique-phone.js';

export { companyName, industry, department, jobTitle, projectName, projectRole, title, branchName, officeLocation } from './business/company.js';
export { productName, category, paymentMethod, color, currencyCode, country, status } from './business/commerce.js';
export { restaurantName, cuisine, menuItem } from './business/food.js';
export { bookTitle, genre, publisherName, edition } from './business/books.js';
export { nationality, language, benefitType, vehicleType, honorific } from './business/misc.js';
export { openingHours } from './business/opening-hours.js';
export {
  planName, roleName, permission, feature, teamName, boardName, issueLabel, chatChannel, marketingChannel,
  salesChannel, campaignName, groupName,
} from './business/saas.js';
export { eventName, venueName, playlistName, salesRegion, sportsTeam, warehouseName } from './business/events.js';
export { courseName, skill } from './business/education.js';
export { VOCABULARIES, type VocabularyGenerator, type SemanticVocabularyName } from './vocabularies.js';

export { permuteIndex, MAX_PERMUTATION_SIZE } from './identifiers/permute-index.js';
export { uniqueToken, tokenCapacity, TOKEN_ALPHABET } from './identifiers/unique-token.js';
export { isbn13, isbn10, isbn13CheckDigit, isbn10CheckDigit, ISBN_CAPACITY } from './identifiers/isbn.js';
export { licensePlate, licenseNumber } from './identifiers/license.js';
export { sku, SKU_CAPACITY } from './identifiers/sku.js';
export { documentLayout, documentNumber, DOCUMENT_MIN_DIGITS, type DocumentLayout } from './identifiers/document-number.js';
export { uuid } from './identifiers/uuid.js';
export { url, domainFrom, ipv4, uniqueIpv4, UNIQUE_IPV4_CAPACITY } from './identifiers/web.js';
export { passwordHash, BCRYPT_LENGTH } from './identifiers/password-hash.js';
export { slug } from './identifiers/slug.js';

export { textFitting, sentence, paragraph, words, word, SHORT_TEXT_LIMIT } from './text/text-fitting.js';
export { truncateAtWord, drawFitting } from './text/truncate.js';
export { displayName } from './text/display-name.js';
export type { TextKind } from './text/text-kinds.js';

export { isoToDays, daysToIso, addDays, addYears, daysInMonth } from './dates/civil.js';
export { dateBetween, birthDate, timeOfDay, timestampBetween } from './dates/date-between.js';
export { slotAt, slotCount, slotInstant, timeOfDayOnStep, type DaySlots } from './dates/working-hours.js';
export { price, amount, rating, quantity } from './numbers/money.js';
