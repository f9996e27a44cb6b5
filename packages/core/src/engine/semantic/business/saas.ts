import type { Rng } from '../../rng.js';
import { zipfTable } from '../internal/weighted-table.js';
import { department } from './company.js';
import {
  BOARD_KINDS, BOARDS, CAMPAIGN_OCCASIONS, CAMPAIGN_OFFERS, CAMPAIGNS, CHAT_CHANNELS, CHAT_PREFIXES, CHAT_TOPICS,
  FEATURE_FAMILIES, FEATURES, GROUP_INTERESTS, GROUP_KINDS, ISSUE_LABELS, LABEL_SCOPES, MARKETING_CHANNELS,
  PERMISSION_ACTIONS, PERMISSION_RESOURCES, PLAN_TIERS, PLAN_VARIANTS, ROLES, SALES_CHANNELS, SCOPED_ROLES, TEAM_AREAS, TEAM_CODENAMES, TEAM_NOUNS, USER_GROUPS,
} from './saas-data.js';

const TIER_TABLE = zipfTable(PLAN_TIERS, 4);
const ROLE_TABLE = zipfTable(ROLES, 5);
const AREA_TABLE = zipfTable(TEAM_AREAS, 10);
const LABEL_TABLE = zipfTable(ISSUE_LABELS, 8);
const CHAT_TABLE = zipfTable(CHAT_CHANNELS, 4);
const MARKETING_TABLE = zipfTable(MARKETING_CHANNELS, 5);
const SALES_TABLE = zipfTable(SALES_CHANNELS, 4);

/** Years campaigns, plans and events are named after. */
const YEARS = ['2023', '2024', '2025', '2026'];

/** A pricing plan: mostly a bare tier ("Pro", "Enterprise"), a paid one sometimes with a period or variant ("Team Annual"). */
export function planName(rng: Rng): string {
  const tier = TIER_TABLE.pick(rng);
  return tier !== 'Free' && rng.chance(0.3) ? `${tier} ${rng.pick(PLAN_VARIANTS)}` : tier;
}

/** An application role: a common one ("Admin", "Viewer"), sometimes a scoped one ("Billing Admin"). */
export function roleName(rng: Rng): string {
  return rng.chance(0.65) ? ROLE_TABLE.pick(rng) : rng.pick(SCOPED_ROLES);
}

/** A permission key, resource then action: "orders.read", "api_keys.manage". */
export function permission(rng: Rng): string {
  return `${rng.pick(PERMISSION_RESOURCES)}.${rng.pick(PERMISSION_ACTIONS)}`;
}

/** A product feature: "Single Sign-On", "Slack Integration", "Custom Dashboards". */
export function feature(rng: Rng): string {
  if (rng.chance(0.55)) return rng.pick(FEATURES);
  const f = rng.pick(FEATURE_FAMILIES);
  return `${rng.pick(f.modifiers)} ${rng.pick(f.nouns)}`;
}

/** A team: an area ("Payments"), an area and a noun ("Growth Squad") or a codename ("Team Phoenix"). */
export function teamName(rng: Rng): string {
  const r = rng.u32() % 100;
  if (r < 12) return `Team ${rng.pick(TEAM_CODENAMES)}`;
  const area = AREA_TABLE.pick(rng);
  return r < 55 ? area : `${area} ${rng.pick(TEAM_NOUNS)}`;
}

/** A task board: "Product Roadmap", "Mobile Backlog", "Sprint 42", "Q3 2025 Planning". */
export function boardName(rng: Rng): string {
  const r = rng.u32() % 100;
  if (r < 12) return `Sprint ${rng.int(1, 120)}`;
  if (r < 20) return `Q${rng.int(1, 4)} ${rng.pick(YEARS)} Planning`;
  if (r < 40) return rng.pick(BOARDS);
  return `${AREA_TABLE.pick(rng)} ${rng.pick(BOARD_KINDS)}`;
}

/** An issue-tracker label: "bug", "good first issue", "priority: high". */
export function issueLabel(rng: Rng): string {
  if (rng.chance(0.65)) return LABEL_TABLE.pick(rng);
  const s = rng.pick(LABEL_SCOPES);
  return `${s.scope}: ${rng.pick(s.values)}`;
}

/** A team-chat channel: "general", "announcements", "team-payments". */
export function chatChannel(rng: Rng): string {
  return rng.chance(0.55) ? CHAT_TABLE.pick(rng) : `${rng.pick(CHAT_PREFIXES)}-${rng.pick(CHAT_TOPICS)}`;
}

/** A marketing channel ("Email", "Paid Search"), common ones more often. */
export function marketingChannel(rng: Rng): string {
  return MARKETING_TABLE.pick(rng);
}

/** A sales channel ("Online Store", "Wholesale"), common ones more often. */
export function salesChannel(rng: Rng): string {
  return SALES_TABLE.pick(rng);
}

/** A marketing campaign: "Spring Sale 2025", "Black Friday Flash Sale", "Welcome Series". */
export function campaignName(rng: Rng): string {
  if (rng.chance(0.35)) return rng.pick(CAMPAIGNS);
  const core = `${rng.pick(CAMPAIGN_OCCASIONS)} ${rng.pick(CAMPAIGN_OFFERS)}`;
  return rng.chance(0.5) ? `${core} ${rng.pick(YEARS)}` : core;
}

/** A group of people: "Beta Testers", "Book Club", "Engineering". */
export function groupName(rng: Rng): string {
  const r = rng.u32() % 100;
  if (r < 40) return rng.pick(USER_GROUPS);
  if (r < 75) return `${rng.pick(GROUP_INTERESTS)} ${rng.pick(GROUP_KINDS)}`;
  return department(rng);
}
