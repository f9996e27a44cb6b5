import type { ColumnSpec, VocabularyName } from '../column-spec.js';
import { wordsOf, type ColumnContext } from './column-context.js';
import { wordDefault } from './default-hints.js';

/** What a table's rows (or a column's subject) are, by a word of its name, and the vocabulary of their names. */
interface Entity {
  readonly words: readonly string[];
  readonly spec: (ctx: ColumnContext) => ColumnSpec;
  /** The other table words the entity allows beside its own (none given: any); `meal_plans` hold no pricing plans. */
  readonly only?: readonly string[];
  /** Words, in the table's or the column's name, that make it something else (`analytics_events`, `golf_courses`). */
  readonly not?: readonly string[];
  /** Other columns of the table that make it something else (`roles` beside `movie_id`, `courses` beside `par`). */
  readonly notBeside?: RegExp;
}

const vocab = (name: VocabularyName) => (): ColumnSpec => ({ generator: 'vocabulary', name });

/** The table's and the column's words. */
const wordsAround = (ctx: ColumnContext): readonly string[] => [...ctx.tableWords, ...ctx.words];

/** Whether another column of the table is named by one of `pattern`'s words. */
function siblingMatches(ctx: ColumnContext, pattern: RegExp): boolean {
  return ctx.table.columns.some((c) => c !== ctx.column && pattern.test(wordsOf(c.name).join('_')));
}

/** Columns a sports team has and a team at work does not. */
const SPORTS_COLUMNS = /(^|_)(captain|coach|mascot|league|stadium|arena|wins|losses|jersey|founded|season|sport)(_|$)/;
const SPORTS_WORDS = ['sport', 'league', 'fantasy', 'football', 'soccer', 'basketball', 'baseball', 'hockey', 'home', 'away', 'opponent', 'rival'];

/** A sports team ("Riverside Hawks") in a league's schema, else a team at work ("Payments", "Team Phoenix"). */
function team(ctx: ColumnContext): ColumnSpec {
  const sports = wordsAround(ctx).some((w) => SPORTS_WORDS.includes(w)) || siblingMatches(ctx, SPORTS_COLUMNS);
  return vocab(sports ? 'sportsTeam' : 'teamName')();
}

const MARKETING_WORDS = ['marketing', 'acquisition', 'ad', 'ads', 'advertising', 'campaign', 'traffic', 'attribution', 'utm', 'lead', 'referral', 'source'];
const MARKETING_COLUMNS = /(^|_)(spend|budget|cpc|cpm|cpa|utm|conversions?|roas|impressions?|clicks?|leads?)(_|$)/;
const SALES_WORDS = ['sales', 'sale', 'distribution', 'order', 'retail', 'commerce', 'ecommerce', 'transaction', 'purchase'];
const CHAT_WORDS = ['channel', 'chat', 'slack', 'message', 'conversation', 'workspace', 'discord', 'room'];

/** A marketing or sales channel where the table is about those; else a team-chat channel when the table is one. */
function channelByContext(ctx: ColumnContext, chatByDefault: boolean): ColumnSpec | undefined {
  const words = wordsAround(ctx);
  if (words.some((w) => MARKETING_WORDS.includes(w)) || siblingMatches(ctx, MARKETING_COLUMNS)) return vocab('marketingChannel')();
  if (words.some((w) => SALES_WORDS.includes(w))) return vocab('salesChannel')();
  return chatByDefault || ctx.tableWords.some((w) => CHAT_WORDS.includes(w)) ? vocab('chatChannel')() : undefined;
}

/** A role on a project in a project's table, else an application role ("Admin", "Billing Admin"). */
const role = (ctx: ColumnContext): ColumnSpec => vocab(ctx.tableWords.includes('project') ? 'projectRole' : 'roleName')();

/** What a `role_name` (or `rolename`) column holds: see `role`. */
export const roleByName = role;

/** Entities whose names are no company's, in priority order. */
const ENTITIES: readonly Entity[] = [
  { words: ['plan', 'tier'], spec: vocab('planName'), notBeside: /(^|_)(floor|building|square|sq|patient|diagnosis|calories|protein|carbs|meal|lesson|exercise|workout|treatment|architect|insurance|insurance_provider|insurer|policy)(_|$)/, only: ['subscription', 'pricing', 'price', 'billing', 'service', 'membership', 'product', 'account', 'license', 'saas', 'app', 'software'], not: ['meal', 'floor', 'lesson', 'treatment', 'care', 'study', 'test', 'payment', 'insurance', 'health', 'travel', 'workout', 'diet', 'seating', 'action', 'loyalty', 'reward'] },
  { words: ['role'], spec: role, not: ['cast', 'film', 'movie', 'play', 'character', 'actor', 'theatre', 'theater', 'casting'], notBeside: /(^|_)(movie|film|actor|actress|character|cast|play|show|episode|performer|credit|billing_order)(_|$)/ },
  { words: ['permission', 'privilege'], spec: vocab('permission'), not: ['file', 'share', 'folder', 'document', 'drive', 'shared'] },
  { words: ['region', 'territory'], spec: vocab('salesRegion'), not: ['wine', 'aws', 'cloud', 'azure', 'gcp', 'brain', 'time', 'zone', 'geo', 'geographic', 'administrative', 'admin', 'climate', 'game'], notBeside: /(^|_)(country|country_id|country_code|latitude|longitude|lat|lng|geom|geometry|population|area|capital|iso|iso_code|city|town|zip|zipcode|postal|postcode|address|street|state|province|county)(_|$)/ },
  { words: ['team', 'squad'], spec: team },
  { words: ['course'], spec: vocab('courseName'), not: ['golf', 'race', 'obstacle', 'meal', 'dinner', 'menu', 'water', 'dish', 'dishe', 'recipe', 'food'], notBeside: /(^|_)(par|holes?|yardage|slope|menu|menu_id|dish|recipe|calories)(_|$)/ },
  { words: ['event', 'conference', 'meetup'], spec: vocab('eventName'), not: ['ticket', 'audit', 'log', 'webhook', 'tracking', 'analytic', 'analytics', 'domain', 'system', 'stream', 'outbox', 'sync', 'page', 'click', 'app', 'error', 'history', 'telemetry', 'metric', 'track', 'raw', 'session', 'activity', 'user', 'customer', 'order', 'stripe', 'payment', 'integration', 'job', 'task', 'queue', 'security', 'device', 'game', 'match', 'life', 'calendar_sync'], notBeside: /(^|_)(payload|aggregate|aggregate_id|properties|props|stream|stream_id|minute|match_id|game_id|ip|ip_address|user_agent|session_id|occurred_at|event_data|data|version|sequence|seq)(_|$)/ },
  { words: ['venue'], spec: vocab('venueName') },
  { words: ['feature'], spec: vocab('feature'), not: ['geographic', 'geo', 'map', 'gis', 'terrain', 'natural', 'land', 'spatial'], notBeside: /(^|_)(latitude|longitude|lat|lng|lon|geom|geometry|layer|layer_id|shape|elevation|feature_type|wkt)(_|$)/ },
  { words: ['skill', 'competency'], spec: vocab('skill') },
  { words: ['playlist'], spec: vocab('playlistName') },
  { words: ['channel'], spec: (ctx) => channelByContext(ctx, true) ?? vocab('chatChannel')(), not: ['tv', 'television', 'radio', 'youtube', 'video', 'notification', 'payment', 'cable'], notBeside: /(^|_)(channel_number|network|frequency|subscribers?|subscriber_count|video|videos|broadcast|callsign|call_sign|station)(_|$)/ },
  { words: ['campaign'], spec: vocab('campaignName'), not: ['election', 'political', 'candidate', 'dnd', 'rpg', 'game', 'fundraising', 'donation', 'charity'], notBeside: /(^|_)(candidate|candidate_id|donor|donation|dungeon_master|player|players|votes?|party)(_|$)/ },
  { words: ['board'], spec: vocab('boardName'), not: ['director', 'school', 'circuit', 'dart', 'game', 'bulletin'] },
  { words: ['label'], spec: vocab('issueLabel'), only: ['issue', 'github', 'gitlab', 'ticket', 'task', 'project', 'card', 'todo', 'note', 'repo', 'repository', 'board', 'item', 'email', 'mail', 'message', 'conversation', 'post', 'bug'], not: ['record', 'music', 'shipping', 'shipment', 'print', 'nutrition'], notBeside: /(^|_)(founded|founded_year|artist|artists|album|albums|record|catalog|country|imprint)(_|$)/ },
  { words: ['group'], spec: vocab('groupName'), only: ['user', 'customer', 'member', 'contact', 'study', 'interest', 'social', 'security', 'access', 'chat', 'discussion', 'mailing', 'email', 'community', 'employee', 'staff', 'student', 'work', 'team', 'account'], not: ['age', 'blood', 'muscle', 'ad', 'product', 'risk', 'income', 'price', 'size', 'attribute', 'option', 'modifier', 'tax', 'item', 'asset', 'unit', 'cost'] },
  { words: ['warehouse', 'depot'], spec: vocab('warehouseName') },
];

/** The entity `word` names, unless a word of `others` (or of the column) makes it something else. */
function entityOf(word: string | undefined, ctx: ColumnContext, others?: readonly string[]): Entity | undefined {
  const e = ENTITIES.find((x) => word !== undefined && x.words.includes(word));
  if (e === undefined || wordsAround(ctx).some((w) => e.not?.includes(w))) return undefined;
  if (e.notBeside !== undefined && siblingMatches(ctx, e.notBeside)) return undefined;
  return others === undefined || e.only === undefined || others.every((w) => e.only?.includes(w)) ? e : undefined;
}

/**
 * Names of what the table's head word (its last: `roles` in `user_roles`) says its rows are:
 * plans, roles, permissions, regions, teams, courses, events, venues, features, skills,
 * playlists, channels, campaigns, boards, labels, groups, warehouses; `undefined` for others.
 */
export function entityNameByTable(ctx: ColumnContext): ColumnSpec | undefined {
  const head = ctx.tableWords.at(-1);
  return entityOf(head, ctx, ctx.tableWords.slice(0, -1))?.spec(ctx);
}

/** Names of what a column's subject is (`role_name`, `course_title`, `venue`), else `undefined`. */
export function entityNameByColumn(ctx: ColumnContext): ColumnSpec | undefined {
  const named = /^(name|title)$/.test(ctx.words.at(-1) ?? '');
  const subject = named ? ctx.words.slice(0, -1) : ctx.words;
  return entityOf(subject.at(-1), ctx)?.spec(ctx);
}

/** Words that leave a `…_name` column the name of the table's row: `short_name`, `official_name`. */
const NAME_ADJECTIVES = ['short', 'long', 'official', 'common', 'internal', 'public', 'friendly', 'pretty', 'human', 'proper', 'local', 'english', 'canonical', 'unique', 'system', 'default'];

/**
 * Names for a `…_name` column: of its subject (`role_name`, `venue_name`), or of the table's rows
 * when a plain adjective leads it (`plans.short_name`); `undefined` for others (`organizer_name`).
 */
export function entityNameOfNameColumn(ctx: ColumnContext): ColumnSpec | undefined {
  const subject = ctx.words.at(-2);
  return entityNameByColumn(ctx) ?? (subject !== undefined && NAME_ADJECTIVES.includes(subject) ? entityNameByTable(ctx) : undefined);
}

/** Columns that name a place in an address: then `region` is a state. */
const PLACE_COLUMNS = /(^|_)(city|town|zip|zipcode|postal|postcode|address|street|country|state|province|county)(_|$)/;

/** A sales region for a `region` or `territory` column without address columns beside it; `undefined` else. */
export function salesRegionByName(ctx: ColumnContext): ColumnSpec | undefined {
  if (!/^(sales_)?(region|territory)(_name)?$/.test(ctx.words.join('_'))) return undefined;
  return siblingMatches(ctx, PLACE_COLUMNS) ? undefined : vocab('salesRegion')();
}

/**
 * The channel a bare `channel` column holds where its table says (orders: sales; leads: marketing;
 * messages: chat); `undefined` beside a word DEFAULT (`'web'`), which says more.
 */
export const channelByTable = (ctx: ColumnContext): ColumnSpec | undefined => (wordDefault(ctx) === undefined ? channelByContext(ctx, false) : undefined);

/** A team at work or a sports team for a bare `team` column. */
export const teamByContext = team;

const ACCOUNT_WORDS = ['user', 'account', 'member', 'membership', 'admin', 'workspace', 'organization', 'org', 'login', 'auth', 'principal', 'permission'];
/** Role keys an account's DEFAULT role (`'user'`) is drawn with. */
const ROLE_KEYS = ['user', 'admin', 'member', 'editor', 'viewer', 'owner', 'guest', 'moderator'];
/** Share of rows that get a role column's DEFAULT. */
const DEFAULT_ROLE_SHARE = 0.7;

/** The DEFAULT role most often, then the other role keys, written in the DEFAULT's case. */
function rolesAround(def: string): ColumnSpec {
  const cased = (v: string) => (def === def.toUpperCase() ? v.toUpperCase() : /^[A-Z]/.test(def) ? v.charAt(0).toUpperCase() + v.slice(1) : v);
  const values = [def, ...ROLE_KEYS.filter((v) => v !== def.toLowerCase()).slice(0, 4).map(cased)];
  const rest = Number(((1 - DEFAULT_ROLE_SHARE) / (values.length - 1)).toFixed(4));
  return { generator: 'enum', values, weights: values.map((_, i) => (i === 0 ? DEFAULT_ROLE_SHARE : rest)) };
}

/**
 * The role an account holds (`users.role`: "Admin"; with `DEFAULT 'user'`: mostly `user`, else
 * `admin`, `member`, …) or one on a project (`Employee_Projects.role`: "Developer"); a cast
 * member's is a character, named as a person.
 */
export function roleByTable(ctx: ColumnContext): ColumnSpec {
  if (entityOf('role', ctx) === undefined) return { generator: 'fullName' };
  const def = wordDefault(ctx);
  const account = ctx.tableWords.some((w) => ACCOUNT_WORDS.includes(w));
  if (def !== undefined && account && !ctx.unique) return rolesAround(def);
  return vocab(account ? 'roleName' : 'projectRole')();
}
