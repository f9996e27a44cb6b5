/**
 * Hand-written word lists for the names of a software product's own records: plans, roles,
 * permissions, features, teams, boards, issue labels, channels, campaigns and user groups.
 * Lists are `|`-separated, frozen at module load; where order matters it is most common first.
 */
import { listOf } from '../internal/frozen.js';

/** Pricing tiers, most common first. */
export const PLAN_TIERS = listOf('plan tiers', `
Free|Pro|Starter|Basic|Business|Enterprise|Premium|Team|Plus|Standard|Growth|Professional|
Essentials|Advanced|Ultimate|Scale|Lite|Unlimited|Personal|Family|Student|Nonprofit|Developer|Agency`);

/** What follows a tier in a plan's name: its billing period or a variant. */
export const PLAN_VARIANTS = listOf('plan variants', `
Monthly|Annual|Yearly|Quarterly|(Legacy)|Trial|v2|Lifetime`);

/** Roles of an application's users, most common first. */
export const ROLES = listOf('roles', `
Admin|Member|Viewer|Editor|Owner|Manager|Guest|Contributor|Super Admin|Moderator|Support Agent|
Billing Admin|Analyst|Developer|Read Only|Auditor|Team Lead|Account Manager|Author|Reviewer|Approver`);

/** Roles scoped to a part of the product: "Billing Admin", "Content Editor". */
export const SCOPED_ROLES = listOf('scoped roles', `
Billing Admin|Billing Manager|Workspace Admin|Workspace Owner|Project Admin|Project Manager|Project Viewer|
Content Editor|Content Manager|Content Moderator|Support Lead|Support Manager|Finance Manager|Finance Viewer|
Sales Manager|Sales Rep|Security Admin|Security Auditor|Reporting Analyst|Report Viewer|Team Admin|
Organization Owner|Org Admin|Store Manager|Catalog Manager|Inventory Manager|Marketing Manager|HR Admin|
HR Manager|Compliance Officer|Operations Manager|Partner Admin|Data Analyst|API User|Integration User|
Read-Only User|Dispatcher|Warehouse Associate|Customer Success Manager|Help Desk Agent`);

/** Resources a permission guards, as they appear in permission keys. */
export const PERMISSION_RESOURCES = listOf('permission resources', `
users|orders|invoices|products|reports|settings|billing|projects|teams|roles|customers|payments|
inventory|analytics|audit_logs|api_keys|webhooks|integrations|documents|comments|tickets|
subscriptions|workspaces|members|posts|pages|files|accounts|refunds|coupons|shipments|dashboards`);

/** What a permission allows on its resource. */
export const PERMISSION_ACTIONS = listOf('permission actions', 'read|write|create|update|delete|manage|export|view|list|approve|invite|publish|import');

/** Product features named whole. */
export const FEATURES = listOf('features', `
Single Sign-On|Dark Mode|Audit Log|API Access|Webhooks|Two-Factor Authentication|Role-Based Access Control|
Priority Support|Version History|Offline Mode|Push Notifications|Real-Time Collaboration|Scheduled Reports|
Data Retention Controls|IP Allowlisting|SCIM Provisioning|White Labeling|Guest Access|Email Reminders|
Calendar Sync|Mobile App|Usage Analytics|Sandbox Environment|Uptime SLA|Dedicated Account Manager|
Unlimited Projects|Team Workspaces|Shared Inboxes|Time Tracking|Kanban Boards|Gantt Charts|Live Chat|
Knowledge Base|Multi-Currency|Tax Calculation|Recurring Billing|Inventory Sync|Smart Search|Activity Feed|
Granular Permissions|Session Recording|A/B Testing|Custom Domains|Bulk Import|CSV Export|PDF Export`);

/** Modifiers and the nouns they make features of: "Custom" + "Dashboards". */
export const FEATURE_FAMILIES: readonly { readonly modifiers: readonly string[]; readonly nouns: readonly string[] }[] = Object.freeze([
  { modifiers: listOf('export formats', 'CSV|PDF|Excel|JSON|XML'), nouns: listOf('export nouns', 'Export|Import|Reports') },
  { modifiers: listOf('integration tools', 'Slack|Zapier|Salesforce|HubSpot|Google Drive|Jira|GitHub|Microsoft Teams|Shopify|QuickBooks|Stripe|Dropbox'), nouns: listOf('integration nouns', 'Integration|Sync|Connector') },
  { modifiers: listOf('custom', 'Custom'), nouns: listOf('custom nouns', 'Fields|Roles|Domains|Branding|Reports|Dashboards|Workflows|Templates|Forms|Themes') },
  { modifiers: listOf('advanced', 'Advanced'), nouns: listOf('advanced nouns', 'Analytics|Permissions|Search|Filters|Reporting|Security|Scheduling|Automations') },
  { modifiers: listOf('bulk', 'Bulk'), nouns: listOf('bulk nouns', 'Import|Edit|Export|Actions|Messaging|Upload') },
  { modifiers: listOf('automated', 'Automated'), nouns: listOf('automated nouns', 'Backups|Workflows|Reminders|Invoicing|Reports|Tagging') },
]);

/** Areas a team or board is about, most common first. */
export const TEAM_AREAS = listOf('team areas', `
Platform|Growth|Payments|Mobile|Data Engineering|Customer Success|Infrastructure|Frontend|Backend|
Design|Marketing|Sales|Security|Billing|Search|Onboarding|Checkout|Analytics|Developer Experience|
Core Services|Identity|Integrations|Support|Operations|Partnerships|Content|Machine Learning|Quality|
Reliability|Finance|People Ops|Product|Web|iOS|Android|Enterprise|Research|Localization`);

/** What follows a team's area: "Payments Squad". */
export const TEAM_NOUNS = listOf('team nouns', 'Team|Squad|Engineering|Pod|Guild|Crew|Group');

/** Codenames for teams such as "Team Phoenix". */
export const TEAM_CODENAMES = listOf('team codenames', `
Phoenix|Atlas|Falcon|Orion|Nova|Titan|Aurora|Voyager|Apollo|Comet|Nebula|Raptor|Summit|Quasar|Vortex|Everest`);

/** Kinds of board after an area: "Product Roadmap". */
export const BOARD_KINDS = listOf('board kinds', `
Roadmap|Backlog|Kanban|Sprint Board|Planning|Tracker|Calendar|Pipeline|Triage|Ideas|Retro|Requests|Launch Plan`);

/** Boards named whole. */
export const BOARDS = listOf('boards', `
Bug Triage|Product Roadmap|Content Calendar|Hiring Pipeline|Customer Feedback|Release Planning|
Team Retrospective|Feature Requests|Ops Runbook|Onboarding Checklist|Weekly Priorities|Personal Tasks`);

/** Issue-tracker labels named whole, most common first. */
export const ISSUE_LABELS = listOf('issue labels', `
bug|enhancement|documentation|good first issue|help wanted|question|duplicate|wontfix|invalid|
needs triage|in progress|blocked|security|performance|breaking change|dependencies|refactor|
tech debt|design|accessibility|regression|needs review|ready for qa|frontend|backend|ui|ux|tests`);

/** Prefixes of scoped labels ("priority: high") and the values each takes. */
export const LABEL_SCOPES: readonly { readonly scope: string; readonly values: readonly string[] }[] = Object.freeze([
  { scope: 'priority', values: listOf('priorities', 'critical|high|medium|low') },
  { scope: 'type', values: listOf('label types', 'bug|feature|chore|docs|refactor|test|spike') },
  { scope: 'area', values: listOf('label areas', 'api|ui|auth|billing|docs|infra|mobile|search|data|ci') },
  { scope: 'status', values: listOf('label statuses', 'triage|blocked|in review|needs info|ready') },
]);

/** Channels of a team chat, named whole, most common first. */
export const CHAT_CHANNELS = listOf('chat channels', `
general|random|announcements|engineering|design|help|support|sales|marketing|off-topic|
watercooler|incidents|alerts|deploys|releases|hiring|social|standup|feedback|bugs|product|
leadership|it-help|office-nyc|remote|kudos|books|pets|music`);

/** Prefixes of topical chat channels ("team-payments") and their topics. */
export const CHAT_PREFIXES = listOf('chat prefixes', 'team|proj|eng|help|ask|ops|feat|cust|sales|ext');
export const CHAT_TOPICS = listOf('chat topics', `
payments|growth|mobile|platform|data|billing|search|onboarding|frontend|backend|infra|security|
atlas|phoenix|orion|launch|ios|android|api|analytics|design|docs|support|partners|pricing|hiring`);

/** Marketing channels, most common first. */
export const MARKETING_CHANNELS = listOf('marketing channels', `
Email|Paid Search|Organic Search|Paid Social|Organic Social|Direct|Referral|Display|Affiliate|
Content Marketing|Events|Partner|Influencer|SMS|Push Notifications|Podcast|Webinar|Print|TV|Radio|
Video|Retargeting|Direct Mail|Word of Mouth|Review Sites`);

/** Sales channels, most common first. */
export const SALES_CHANNELS = listOf('sales channels', `
Online Store|Retail|Wholesale|Marketplace|Mobile App|Phone Orders|Distributor|Reseller|
Pop-Up Shop|Direct Sales|Catalog|Social Commerce|Point of Sale|Subscription|Partner Network`);

/** Campaign occasions: "Spring" in "Spring Sale 2025". */
export const CAMPAIGN_OCCASIONS = listOf('campaign occasions', `
Spring|Summer|Fall|Winter|Holiday|Black Friday|Cyber Monday|Back to School|Mother's Day|Father's Day|
Valentine's Day|New Year|Labor Day|Memorial Day|End of Season|Anniversary|Easter|Halloween|Prime Day`);

/** Campaign offers: "Sale" in "Spring Sale 2025". */
export const CAMPAIGN_OFFERS = listOf('campaign offers', 'Sale|Promo|Clearance|Giveaway|Flash Sale|Newsletter|Email Blast|Campaign|Event|Deals');

/** Campaigns named whole: lifecycle and evergreen programmes. */
export const CAMPAIGNS = listOf('campaigns', `
Welcome Series|Onboarding Drip|Re-engagement|Customer Win-Back|Abandoned Cart Reminder|Refer a Friend|
Loyalty Rewards|Product Launch|Webinar Promo|Retargeting|Free Shipping Weekend|Brand Awareness|
Trial Conversion|Upsell Sequence|Renewal Reminder|Customer Survey|Lead Nurture|Newsletter Signup`);

/** User groups named whole. */
export const USER_GROUPS = listOf('user groups', `
Beta Testers|Administrators|Early Adopters|VIP Customers|Power Users|Newsletter Subscribers|All Staff|
Contractors|Interns|Managers|Remote Employees|Alumni|Volunteers|Board Members|Mentors|New Hires|
Moderators|Partners|Trial Users|Ambassadors|Parents|Study Group`);

/** Interests and the kinds of club around them: "Book" + "Club". */
export const GROUP_INTERESTS = listOf('group interests', `
Book|Running|Hiking|Photography|Chess|Gardening|Cooking|Film|Cycling|Board Game|Yoga|Coding|
Investing|Travel|Knitting|Birdwatching|Language Exchange|Parenting|Wine Tasting|Climbing`);
export const GROUP_KINDS = listOf('group kinds', 'Club|Group|Circle|Society|Meetup');
