import { weightedOf, WeightedTable } from '../internal/weighted-table.js';
import { REVIEW_VOICES } from './review-voices.js';
import { textKindSpec, type TextKindSpec } from './text-kind-spec.js';

export type { TextKindSpec } from './text-kind-spec.js';

/** What a text column holds; picks the templates and the short forms. */
export type TextKind = 'description' | 'comment' | 'review' | 'biography' | 'notes' | 'instructions' | 'goals' | 'sentence';

const kind = textKindSpec;

/** A kind with one voice. */
const single = (...args: Parameters<typeof kind>): WeightedTable<TextKindSpec> => new WeightedTable([kind(...args)], [1]);
/** A kind with several voices (e.g. review moods), one chosen per value by weight. */
const variants = (pairs: readonly (readonly [TextKindSpec, number])[]): WeightedTable<TextKindSpec> => weightedOf(pairs);

/** Every text kind with its voices and templates (compiled once at module load). */
export const TEXT_KINDS: Readonly<Record<TextKind, WeightedTable<TextKindSpec>>> = Object.freeze({
  description: single('description', [1, 3], 'Durable|Lightweight|Best seller|Easy to use|Handmade|Compact design|New arrival|Limited edition|Water resistant|Classic fit', [
    'Made from {material} for {use}.',
    '[Durable|Lightweight|Compact|Versatile|Stylish] and [easy to clean|built to last|easy to use|simple to set up], it is [ideal|perfect|a great choice] for {use}.',
    'Includes {feature}.',
    'Designed for {use}, with {material} construction.',
    'A [customer favorite|best seller|local favorite] since {year}.',
    '[Available|Offered] in [several|three|five] colors and sizes.',
    'Ships within [1-2|2-3|3-5] business days.',
    '[Machine washable|Dishwasher safe|Water resistant|Fully recyclable] and [easy to store|backed by {feature}].',
    'Our most popular {product}, [now|updated] with [a new design|improved materials|a longer battery life].',
    '[Handcrafted|Carefully made|Thoughtfully designed] [in small batches|by a small team|with attention to detail].',
    'Offers [reliable|consistent|dependable] performance [at a fair price|for years to come|in any weather].',
    '[Family-owned|Locally owned|Independent] and serving {city} since {year}.',
    'Pairs well with [our other products|the matching set|any decor|everyday essentials].',
  ]),
  comment: single('comment', [1, 2], 'Looks good|Approved|Thanks!|Done|Please review|See attached|Agreed|Follow up|Noted|Great work', [
    'Thanks for the [quick|fast|detailed] [turnaround|response|update].',
    'Looks good to me[.|, thanks!|; approved.]',
    'Please [follow up|check in] [next week|on {day}|by end of day].',
    'Can we [revisit|discuss] this [at the next meeting|on {day}|later this week]?',
    '[Great|Nice|Good] [work|job|catch] on the {doc}.',
    'I [updated|revised|attached] the {doc} [as requested|with the latest numbers|for review].',
    '[Agreed|Approved|Confirmed], [moving forward|let\'s proceed|thanks].',
    'Not sure the {doc} covers [everything|the latest changes]; please double-check.',
    '[See|Refer to] the attached {doc} for details.',
    'Waiting on [finance|legal|the client|IT] before we [sign off|close this out|move ahead].',
    'This [should|will] be [ready|done|resolved] by {day}.',
    '[Minor|Small] [typo|formatting issue] on page [2|3|4]; otherwise fine.',
  ]),
  review: variants([
    [REVIEW_VOICES.positiveProduct, 36],
    [REVIEW_VOICES.positiveRestaurant, 36],
    [REVIEW_VOICES.negativeProduct, 9],
    [REVIEW_VOICES.negativeRestaurant, 9],
    [REVIEW_VOICES.mixed, 10],
  ]),
  biography: single('biography', [2, 4], 'Teacher|Retired nurse|Avid hiker|Engineer|Writer|Designer|Coffee lover|Musician|Runner|Volunteer', [
    'A {role} based in {city} with [over|more than|nearly] {years} years of experience in {field}.',
    'A {role} [based|living] in {city}.',
    '[Has|Brings] [over|more than|nearly] {years} years of experience in {field} and [a passion for teamwork|a knack for solving problems|a calm, practical style].',
    'Holds a [bachelor\'s degree|master\'s degree|degree] in {subject} from [a state university|a small liberal arts college|a community college].',
    '[Enjoys|Loves] {hobby} and {hobby}.',
    'Previously worked as a {role} [in {city}|for a nonprofit|at a startup].',
    '[Passionate about|Focused on|Committed to] [mentoring new colleagues|building strong communities|lifelong learning|clear communication].',
    '[Grew up|Was raised] in {city} and now lives [nearby|in {city}] with [family|two dogs|a partner and two kids].',
    'Volunteers [at a local food bank|at an animal shelter|with a literacy program] on weekends.',
    'Coaches youth [soccer|basketball|swimming] in the evenings.',
    '[Fluent|Conversational] in [Spanish|French|Mandarin|American Sign Language].',
    'Joined the team in {year} and [leads|supports|coordinates] [training|outreach|operations].',
  ], 3),
  notes: single('notes', [1, 2], 'Call back|Paid|Left voicemail|VIP|No answer|Follow up|Pending|Resolved|See email|On hold', [
    '[Called|Emailed|Texted] [customer|client|parent] on {day}; [no answer|left voicemail|will follow up].',
    'Follow up [on {day}|next week|after the holidays].',
    '[Prefers|Requested] contact by {contact}.',
    '[Paid in full|Invoice sent|Payment received] on {day}.',
    '[Account|Order] [updated|on hold|flagged for review].',
    'Needs [signature|approval|updated paperwork] before [processing|shipping|the next visit].',
    '[Discussed|Reviewed] the {doc} [with manager|with the team|on {day}].',
    '[Address|Phone number|Billing info] [updated|verified] per [customer request|phone call].',
    '[Returning|New|Long-time] customer[; offer a discount next time|, very satisfied|].',
    'Allergic to [peanuts|penicillin|shellfish|latex].',
    '[Resolved|Closed] after [one|two|three] [calls|emails].',
  ]),
  instructions: single('instructions', [1, 2], 'No onions|Extra sauce|Leave at door|Ring bell|No ice|Sauce on side|Call on arrival|Fragile|Mild, please|Well done', [
    'No {ingredient}, please.',
    'Extra {extra}, please.',
    '[Leave|Please leave] [it|the package|the order] at the {spot}.',
    'Please ring the [bell|doorbell] [when you arrive|twice].',
    '[Call|Text] [me|us] [when you arrive|on arrival|if there are any issues].',
    '[Dressing|Sauce] on the side.',
    'Please don\'t [knock|ring the bell], [the baby is sleeping|the dog will bark].',
    '[Make it|Please make it] [extra spicy|mild|well done|medium rare].',
    '[Include|Add] [utensils|a birthday candle|a gift receipt].',
    '[Handle with care|Fragile], [contains glass|keep upright].',
    '[Deliver|Drop off] [after 5 pm|before noon|between 9 and 11 am].',
    'Gluten-free [if possible|please], [no {ingredient}|thank you].',
  ]),
  goals: single('goals', [1, 2], 'Read daily|Improve grades|Get certified|Hit targets|Save more|Run a 5K|Learn Excel|Be on time|Mentor peers|Reduce errors', [
    'Improve {skill} {when}.',
    'Increase {metric} by {percent} {when}.',
    '[Complete|Earn|Finish] [a certification|the training program|an online course] {when}.',
    '[Read|Practice] for [15|20|30] minutes [every day|each night|five days a week].',
    'Reduce [response times|costs|errors|absences] by {percent} {when}.',
    '[Lead|Present at|Organize] [a team meeting|a workshop|a client presentation] {when}.',
    'Build [stronger relationships with clients|a consistent study routine|confidence in public speaking].',
    '[Meet|Exceed] [monthly|quarterly] [sales targets|reading goals|attendance targets].',
    'Turn in all [assignments|reports|timesheets] on time.',
    'Mentor [a new team member|two junior colleagues|a peer] {when}.',
  ]),
  sentence: single('sentence', [1, 1], 'Ready|Pending review|In progress|Updated|Draft|Confirmed|Scheduled|Complete|New|Archived', [
    'The {group} [reviewed|discussed|approved|updated] the {doc} [before|after] the [meeting|deadline|holiday break].',
    '[We|The team] [plan to|will|hope to] [finish|revisit|share] the {doc} {when}.',
    '[Most|Several|A few] [customers|students|members|visitors] [asked about|enjoyed|commented on] the {thing}.',
    'Please [review|sign|return] the {doc} [by {day}|at your earliest convenience|before the next meeting].',
    'It has been a [busy|productive|quiet] [week|month|season] for the {group}.',
    'The [new|updated] {thing} [starts|is available|goes live] [this week|on {day}|next month].',
    '[Everyone|The {group}] [agreed|felt] that the {thing} [worked well|needs improvement|was a success].',
    'The {thing} [opens|closes|reopens] [at 9 am|on {day}|next month].',
    'Thanks to the {group} for [organizing|supporting|running] the [event|workshop|fundraiser|open house].',
    'The {doc} for the {thing} is [attached|ready|still in progress].',
  ]),
});
