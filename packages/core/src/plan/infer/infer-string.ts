import type { ColumnSpec, TextKind, VocabularyName } from '../column-spec.js';
import { maxLengthOf, siblingNamed, type ColumnContext } from './column-context.js';
import { addressByName } from './address-names.js';
import { channelByTable, entityNameByColumn, entityNameByTable, entityNameOfNameColumn, roleByName, roleByTable, salesRegionByName, teamByContext } from './entity-names.js';
import { personAffix } from './person-affixes.js';
import { describedSubject, reviewBody, reviewText } from './review-hints.js';
import { defaultHint, isWeakGuess } from './default-hints.js';
import { domainKeys, generableRegex, likePatterns, partialRegex, shapingLike } from './pattern-hints.js';
import { tokenWidth } from '../../util/index.js';
import { identifierBeforeRules, identifierByName } from './identifier-names.js';
import { columnsOf, domainChecks, type Expr } from '../../schema/index.js';

type Rule = readonly [RegExp, (ctx: ColumnContext) => ColumnSpec | undefined];

const vocab = (name: VocabularyName) => (): ColumnSpec => ({ generator: 'vocabulary', name });
const text = (kind: TextKind) => (ctx: ColumnContext): ColumnSpec => ({ generator: 'text', kind, maxLength: maxLengthOf(ctx.column) ?? 400 });
const has = (ctx: ColumnContext, ...words: string[]): boolean => words.some((w) => ctx.tableWords.includes(w));

const PERSON_TABLES = ['customer', 'employee', 'author', 'member', 'user', 'person', 'people', 'student', 'teacher', 'driver', 'patient', 'staff', 'contact', 'client', 'doctor', 'reviewer', 'instructor', 'parent', 'guardian'];

/** Words of a restaurant's tables of dishes. */
const DISH_TABLES = ['menu', 'dish', 'dishe', 'meal', 'food', 'entree', 'recipe'];

/** A table of dishes (`menu_items`, `dishes`, `recipes`; not `menus`, `meal_plans` or `food_categories`): its names are dishes ("Grilled Salmon"), not goods. */
const dishTable = (ctx: ColumnContext): boolean =>
  has(ctx, ...DISH_TABLES) && [...DISH_TABLES.filter((w) => w !== 'menu'), 'item', 'plate'].includes(ctx.tableWords.at(-1) ?? '');

/** A `course` of a menu is a meal's course ("Appetizer", "Dessert"); elsewhere a school's (see `entityNameByColumn`). */
function courseByTable(ctx: ColumnContext): ColumnSpec | undefined {
  return has(ctx, ...DISH_TABLES) ? vocab('mealCourse')() : entityNameByColumn(ctx);
}

/**
 * A display name: in a table of entities (roles, permissions, plans, …) its `name` shown as a
 * name (`billing_admin` → "Billing Admin"), or the entity's vocabulary without one; else a person's.
 */
function displayName(ctx: ColumnContext): ColumnSpec {
  const entity = entityNameByTable(ctx);
  if (entity?.generator !== 'vocabulary') return entity ?? { generator: 'fullName' };
  const name = siblingNamed(ctx.table, /^name$/);
  return name === undefined ? entity : { ...entity, fromColumn: name };
}

/** What a bare `name` column holds, judged by its table: its head word first (`user_roles`: roles). */
const nameByTable = (ctx: ColumnContext): ColumnSpec => entityNameByTable(ctx) ?? nameByTableWords(ctx);

/** What a `name` column holds, judged by any word of its table (`Library_Members`: people). */
function nameByTableWords(ctx: ColumnContext): ColumnSpec {
  if (has(ctx, ...PERSON_TABLES)) return { generator: 'fullName' };
  if (has(ctx, 'restaurant')) return vocab('restaurant')();
  if (has(ctx, 'department', 'dept')) return vocab('department')();
  if (has(ctx, 'project')) return vocab('projectName')();
  if (has(ctx, 'publisher')) return vocab('publisher')();
  if (ctx.tableWords.at(-1) === 'warehouse') return vocab('warehouseName')();
  if (has(ctx, 'branch', 'library', 'office', 'store', 'location', 'warehouse')) return vocab('branchName')();
  if (dishTable(ctx)) return vocab('menuItem')();
  if (has(ctx, 'product', 'item')) return vocab('product')();
  if (has(ctx, 'category', 'tag', 'genre')) return vocab('category')();
  if (has(ctx, 'country')) return vocab('country')();
  if (has(ctx, 'language')) return vocab('language')();
  if (has(ctx, 'city')) return { generator: 'address', field: 'city' };
  return vocab('company')();
}

function titleByTable(ctx: ColumnContext): ColumnSpec {
  if (has(ctx, 'book', 'publication', 'novel')) return vocab('bookTitle')();
  if (has(ctx, 'employee', 'staff', 'job', 'position')) return vocab('jobTitle')();
  return entityNameByTable(ctx) ?? (has(ctx, 'project', 'task') ? vocab('projectName')() : vocab('title')());
}

const ident = (kind: Extract<ColumnSpec, { generator: 'identifier' }>['kind']) => (): ColumnSpec => ({ generator: 'identifier', kind });

/** Characters of the longest IPv4 address, `255.255.255.255`. */
const IPV4_LENGTH = 15;

/** An IPv4 address when the column holds a whole one; a shorter column would cut it mid-address (`203.0.1`). */
function ipv4(ctx: ColumnContext): ColumnSpec | undefined {
  return (maxLengthOf(ctx.column) ?? IPV4_LENGTH) >= IPV4_LENGTH ? ident('ipv4')() : undefined;
}

const RULES: readonly Rule[] = [
  [/(^|_)ip(_?(address|addr|v4))?$|^ipv4(_|$)|^remote_?addr$/, ipv4],
  [/^(user_?)?(password|passwd|pass|pwd)(_?(hash|hashed|digest|crypt|encrypted))?$|^(hashed|encrypted|crypted)_?password$|^pw_?hash$/, ident('passwordHash')],
  [/(^|_)slug$/, ident('slug')],
  [/^(first|given|fore)_?name$|^fname$/, () => ({ generator: 'firstName' })],
  [/^(last|family|sur)_?name$|^surname$|^lname$/, () => ({ generator: 'lastName' })],
  [/^middle_?(name|initial)$/, () => ({ generator: 'middleName' })],
  [/^display_?name$/, displayName],
  [/^(full_?name|contact_?name|customer_?name|employee_?name|author_?name|person_?name)$/, () => ({ generator: 'fullName' })],
  [/e_?mail/, () => ({ generator: 'email' })],
  [/^(user_?name|login|handle|screen_?name|user_?login|login_?(id|name)|nick_?name|(user_?)?nicename)$/, () => ({ generator: 'username' })],
  [/phone|mobile|^fax|^tel$|telephone|cell/, () => ({ generator: 'phone' })],
  [/^(zip|zip_?code|postal_?code|postcode|zipcode)$/, () => ({ generator: 'address', field: 'zip' })],
  [/^(city|town|municipality)$/, () => ({ generator: 'address', field: 'city' })],
  [/^(state_?name)$/, () => ({ generator: 'address', field: 'stateName' })],
  [/^(state|province|region|state_?code)$/, () => ({ generator: 'address', field: 'state' })],
  [/^country(_?name)?$/, () => ({ generator: 'address', field: 'country' })],
  [/^(address_?(line)?_?2|apt|suite|unit)$/, () => ({ generator: 'address', field: 'secondary' })],
  [/(delivery|shipping|billing|mailing|home)_?address|^full_?address$/, () => ({ generator: 'address', field: 'full' })],
  [/^(address(_?line)?(_?1)?|street(_?address)?|addr)$/, () => ({ generator: 'address', field: 'street' })],
  [/^isbn(_?13)?$/, () => ({ generator: 'identifier', kind: 'isbn13' })],
  [/^isbn_?10$/, () => ({ generator: 'identifier', kind: 'isbn10' })],
  [/licen[cs]e_?(number|no|num|id)?$/, () => ({ generator: 'identifier', kind: 'licenseNumber' })],
  [/^(sku|product_?code|item_?code|barcode)$/, () => ({ generator: 'identifier', kind: 'sku' })],
  [/plate/, vocab('licensePlate')],
  [/^(uuid|guid)$/, () => ({ generator: 'uuid' })],
  [/website|url|homepage|^link$|web_?site/, (ctx) => ({ generator: 'url', fromColumn: siblingNamed(ctx.table, /^(name|company_name)$/) })],
  [/^(job_?title|position|occupation|designation|contact_?title)$/, vocab('jobTitle')],
  [/^title$/, titleByTable],
  [/industry|sector/, vocab('industry')],
  [/^(department|dept)(_?name)?$/, vocab('department')],
  [/^(company|employer|organization|organisation|business)(_?name)?$/, vocab('company')],
  [/^(restaurant)(_?name)?$/, vocab('restaurant')],
  [/cuisine/, vocab('cuisine')],
  [/^(item|dish|menu_?item)(_?name)?$/, vocab('menuItem')],
  [/^product(_?name)?$/, vocab('product')],
  [/^(book_?title)$/, vocab('bookTitle')],
  [/genre/, vocab('genre')],
  [/^publisher(_?name)?$/, vocab('publisher')],
  [/nationality|citizenship/, vocab('nationality')],
  [/language|locale/, vocab('language')],
  [/benefit/, vocab('benefitType')],
  [/vehicle/, vocab('vehicleType')],
  [/hours|schedule/, vocab('openingHours')],
  [/payment/, vocab('paymentMethod')],
  [/colou?r/, vocab('color')],
  [/edition/, vocab('edition')],
  [/^role$/, roleByTable],
  [/project_?role/, vocab('projectRole')],
  [/^(user_|account_|member_)?role_?name$/, roleByName],
  [/^(team|squad)(_?name)?$/, teamByContext],
  [/^(meal_)?course$/, courseByTable],
  [/^(skill|permission|venue|campaign|playlist|warehouse)$/, entityNameByColumn],
  [/^(sales_|marketing_|acquisition_)?channel$/, channelByTable],
  [/^(location|office|building|site)$/, vocab('officeLocation')],
  [/currency/, vocab('currency')],
  [/categor|type$|kind$/, vocab('category')],
  [/status|state$/, vocab('status')],
  [/gender|^sex$/, () => ({ generator: 'gender' })],
  [/^name$/, nameByTable],
  [/_name$/, (ctx) => entityNameOfNameColumn(ctx) ?? nameByTableWords(ctx)],
  [/^label$/, entityNameByTable],
  [/review|feedback|testimonial/, (ctx) => reviewText(ctx, maxLengthOf(ctx.column) ?? 400)],
  [/bio(graphy)?$|about|profile/, text('biography')],
  [/instruction|direction/, text('instructions')],
  [/goal|objective/, text('goals')],
  [/note|remark|memo/, text('notes')],
  [/comment/, text('comment')],
  [/desc|summary|details|overview|content|body|text/, text('description')],
  [/_title$/, entityNameByColumn],
];

function ruleFor(key: string): Rule[1] | undefined {
  return RULES.find(([pattern]) => pattern.test(key))?.[1];
}

/** The first rule, in priority order, that any of `keys` matches (so `us_state` cannot beat `state`). */
function firstRuleFor(keys: readonly string[]): Rule[1] | undefined {
  return RULES.find(([pattern]) => keys.some((k) => pattern.test(k)))?.[1];
}

/** A rule from the column's domain names (`contact_email`), then from a LIKE its values must match (`'%@%.%'`: email). */
function hintedRule(ctx: ColumnContext): Rule[1] | undefined {
  const fromDomain = firstRuleFor(domainKeys(ctx.column.type));
  if (fromDomain) return fromDomain;
  return likePatterns(ctx.table, ctx.column).some((p) => /[^@]@[^@]/.test(p)) ? () => ({ generator: 'email' }) : undefined;
}

/** Generators whose values have the one format a CHECK regex on such a column accepts (ZIP, state code, email): they stay, and rows are redrawn in the rare case one fails. */
function meetsFormats(spec: ColumnSpec): boolean {
  return spec.generator === 'email' || (spec.generator === 'address' && (spec.field === 'zip' || spec.field === 'state'));
}

/** The generator a name suggests: an honorific or name suffix, an address part (prefixes and compounds read), else the first rule that matches. */
/**
 * Whether a CHECK (the table's or a domain's) reads the column: then the name's key, token or
 * JSON shape may not fit it (`CHECK (length(id) <= 12)` on a text key), so the usual generators,
 * which the CHECK compiler shapes, stay.
 */
function checked(ctx: ColumnContext): boolean {
  const name = ctx.column.name.toLowerCase();
  const reads = (e: Expr): boolean => [...columnsOf(e)].some((c) => c.toLowerCase() === name);
  return ctx.table.checks.some((c) => reads(c.expr)) || domainChecks(ctx.column.type).length > 0;
}


const byNameUnchecked = (ctx: ColumnContext, pick: (c: ColumnContext) => ColumnSpec | undefined): ColumnSpec | undefined => (checked(ctx) ? undefined : pick(ctx));

function namedSpec(ctx: ColumnContext): ColumnSpec | undefined {
  const named = personAffix(ctx) ?? byNameUnchecked(ctx, identifierBeforeRules) ?? salesRegionByName(ctx) ?? addressByName(ctx) ?? ruleFor(ctx.words.join('_'))?.(ctx) ?? hintedRule(ctx)?.(ctx);
  return reviewBody(ctx, named) ?? describedSubject(ctx, named);
}

/** Without a rule for the name: a CHECK's partial regex, the DEFAULT's hint, a key, token, code or small vocabulary the name says, codes in short columns, else sentences. */
function unnamed(ctx: ColumnContext, hinted: ColumnSpec | undefined): ColumnSpec {
  const partial = partialRegex(ctx.table, ctx.column);
  if (partial !== undefined) return { generator: 'regex', pattern: partial };
  if (hinted) return hinted;
  const byName = byNameUnchecked(ctx, identifierByName);
  if (byName) return byName;
  const max = maxLengthOf(ctx.column);
  if (max !== undefined && max <= 12) return { generator: 'identifier', kind: 'token' };
  return { generator: 'text', kind: 'sentence', maxLength: max ?? 200 };
}

/**
 * Infers a generator for a string column from a LIKE pattern its values must fit, its name, its
 * domains, its table and its DEFAULT (which outweighs prose and generic status words).
 */
export function inferString(ctx: ColumnContext): ColumnSpec {
  const like = shapingLike(ctx.table, ctx.column, ctx.unique ? tokenWidth(ctx.rows) : 0);
  if (like !== undefined) return { generator: 'pattern', like };
  const named = namedSpec(ctx);
  const regex = generableRegex(ctx.table, ctx.column);
  if (regex !== undefined && !(named && meetsFormats(named))) return { generator: 'regex', pattern: regex };
  const hinted = isWeakGuess(named) ? defaultHint(ctx, maxLengthOf(ctx.column)) : undefined;
  return named && !hinted ? named : unnamed(ctx, hinted);
}
