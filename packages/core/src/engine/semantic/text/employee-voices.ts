import { WeightedTable } from '../internal/weighted-table.js';
import { textKindSpec as kind, type TextKindSpec } from './text-kind-spec.js';

/**
 * A performance review's comments, by how the review rates the employee: positive
 * ("Consistently exceeds expectations on client work."), mixed, negative. The voices of
 * `subject: 'employee'` reviews (see `reviewVoices`).
 */
export const EMPLOYEE_REVIEW_VOICES = Object.freeze({
  positive: kind('positive performance review', [1, 3], 'Exceeds expectations|Outstanding|Strong performer|Top performer|Excellent work', [
    '[Consistently|Regularly] [exceeds|goes beyond] expectations [on client work|in every project|on delivery|in team support].',
    '[Took ownership of|Led|Delivered] the [quarterly close|system migration|vendor onboarding|customer rollout|hiring plan] [ahead of schedule|under budget|with no escalations].',
    '[A go-to person|A trusted resource|A role model] for [the team|new hires|peers in other departments].',
    '[Communicates clearly|Gives thoughtful feedback|Mentors junior colleagues] and [keeps stakeholders informed|raises risks early|follows through on commitments].',
    '[Ready for|Should be considered for] [more responsibility|a senior role|promotion] [next cycle|this year].',
    '[Customer satisfaction|Team output|Sales results|Code quality] improved [noticeably|measurably] under [their|this employee\'s] lead.',
  ]),
  mixed: kind('mixed performance review', [1, 3], 'Meets expectations|Solid|On track|Steady|Some growth areas', [
    '[Meets|Generally meets] expectations [in most areas|for the role|this period].',
    '[Strong technical skills|Reliable day to day|Good rapport with customers], but [needs to prioritize better|should delegate more|deadlines sometimes slip].',
    '[Would benefit from|Should focus on] [clearer written updates|time management|speaking up in meetings|documenting decisions].',
    '[Good progress on|Improved on] [last year\'s goals|attendance|turnaround times], with room to grow in [planning|collaboration|quality checks].',
    '[Steady|Dependable] contributor; [next step is|the goal for next year is] taking on [a project of their own|more client contact|a mentoring role].',
  ]),
  negative: kind('negative performance review', [1, 3], 'Below expectations|Needs improvement|Improvement plan|Missed goals|Not meeting goals', [
    '[Below|Did not meet] expectations [this period|in several areas|on core responsibilities].',
    '[Missed|Repeatedly missed] [project deadlines|sales targets|service-level goals] [this quarter|over the review period].',
    '[Needs to improve|Must improve] [attendance|response times|attention to detail|communication with the team] [before the next review|within 90 days].',
    '[A performance improvement plan has been agreed|Weekly check-ins with the manager start next month|Additional training is recommended|A follow-up review is set for 90 days].',
    '[Errors in|Rework on] [reports|customer orders|deliverables] [affected the team|led to customer complaints|delayed the release].',
  ]),
});

/**
 * An employee's goals for the next period ("Lead the vendor onboarding by Q3."): the `goals`
 * kind's voice at work, where the general one mixes in school goals ("Improve note-taking by
 * spring break").
 */
export const EMPLOYEE_GOALS: WeightedTable<TextKindSpec> = new WeightedTable([
  kind('employee goals', [1, 2], 'Get certified|Hit targets|Mentor peers|Reduce errors|Lead a project|Improve forecasting|Grow accounts|Ship on time', [
    '[Lead|Own|Deliver] the [vendor onboarding|quarterly planning|CRM migration|new hire training|process audit|customer rollout] [by Q2|by Q3|by year end|within six months].',
    '[Earn a PMP certification|Complete the leadership program|Finish an advanced Excel course|Complete the security awareness training] [this year|by the next review].',
    '[Increase|Grow] [renewals|customer satisfaction scores|on-time delivery|pipeline coverage] by [5|10|15|20]% [this year|by the next review].',
    '[Reduce|Cut] [rework|overtime|ticket backlog|invoice errors] by [10|20|25|30]% [by Q4|within two quarters].',
    '[Mentor|Coach|Onboard] [a new team member|two junior colleagues|the summer interns] [this year|through the next quarter].',
    '[Present|Share] [a process improvement|the team\'s results|a lessons-learned review] [to leadership|at the all-hands|to the department] [by Q3|this year].',
    '[Document|Automate|Standardize] the [month-end close|weekly reporting|release checklist|onboarding steps] [by mid-year|this quarter].',
  ]),
], [1]);
