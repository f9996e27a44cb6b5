import { WeightedTable } from '../internal/weighted-table.js';
import { textKindSpec, type TextKindSpec } from './text-kind-spec.js';

/**
 * A project's or task's description ("Migrate the billing service to the new payments API.
 * Targets a 20% cut in support tickets."): the `description` kind's voice for work, where the
 * general one describes goods ("Machine washable").
 */
export const PROJECT_DESCRIPTION: WeightedTable<TextKindSpec> = new WeightedTable([
  textKindSpec('project description', [1, 3], 'Internal tooling|Customer facing|Phase 1|Pilot|Q3 initiative|Maintenance|Research spike|Migration|Compliance|Cost reduction', [
    '[Migrate|Move|Consolidate|Rebuild] the [billing service|customer portal|reporting pipeline|inventory system|data warehouse|mobile app backend|payroll integration] [to the new platform|onto the shared cloud stack|behind a single API|into one codebase].',
    '[Replace|Retire|Modernize|Upgrade] the [legacy CRM|old ticketing tool|on-premise file servers|manual approval workflow|spreadsheet-based forecasting|nightly batch jobs].',
    '[Launch|Roll out|Pilot|Introduce] [self-service onboarding|a customer loyalty program|single sign-on|a partner API|two-factor authentication|a new pricing page] for [enterprise customers|all regions|the sales team|new users|the EMEA market].',
    '[Reduce|Cut|Lower] [support tickets|checkout drop-off|cloud spend|onboarding time|invoice errors|page load time] by [10|15|20|25|30|40]% [by the end of the quarter|within six months|this fiscal year|before the holiday season].',
    '[Owned by|Led by|Staffed from] the [platform|finance|operations|growth|data|security|customer success] team[.| with support from IT.]',
    '[Scope|Phase one] [covers|includes] [requirements, design and a pilot|the API, the admin screens and data migration|discovery and a proof of concept|vendor selection and contract review].',
    '[Depends on|Blocked until|Follows] the [security review|budget approval|vendor contract|data migration|hiring of two engineers].',
    '[Weekly|Biweekly|Monthly] status updates go to the [steering committee|leadership team|project sponsor].',
    '[Deliverables|Milestones]: [a working prototype|user acceptance testing|go-live|training for all staff|a final report] [in Q1|in Q2|by June|by year end].',
    '[Budget|Estimate] [approved|pending approval|under review]; [risks tracked in the project log|scope frozen after design review|timeline agreed with stakeholders].',
  ]),
], [1]);
