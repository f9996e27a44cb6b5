import { listOf } from '../internal/frozen.js';
import type { SlotTable } from './template.js';

/** Vocabulary shared by the text templates: `{name}` in a template picks from `name`. */
export const TEXT_SLOTS: SlotTable = Object.freeze({
  product: listOf('product', 'blender|backpack|jacket|coffee maker|desk chair|water bottle|headphones|lamp|rug|tent|phone case|keyboard|mattress|vacuum|skillet'),
  food: listOf('food', 'pasta|tacos|burger|pad thai|soup|curry|pizza|salad|ramen|sandwich|fries|wings|brisket|sushi|pho'),
  server: listOf('server', 'the staff were|our server was|the owner was|the team were|the bartender was|everyone was'),
  good: listOf('good', 'great|excellent|fantastic|delicious|wonderful|amazing|solid|perfect'),
  bad: listOf('bad', 'slow|cold|bland|flimsy|late|overpriced|noisy|salty|greasy'),
  when: listOf('when', 'this quarter|by the end of the month|by the end of the semester|by June|within six months|this year|before the next review|by spring break'),
  day: listOf('day', 'Monday|Tuesday|Wednesday|Thursday|Friday'),
  subject: listOf('subject', 'mathematics|biology|history|economics|computer science|nursing|education|business administration|psychology|English|chemistry|art history'),
  field: listOf('field', 'marketing|software development|healthcare|finance|education|logistics|customer service|graphic design|sales|nonprofit management|hospitality|public health'),
  hobby: listOf('hobby', 'hiking|cooking|photography|gardening|running|reading|playing guitar|traveling|cycling|painting|volunteering|baking|fishing|yoga'),
  city: listOf('city', 'Chicago|Denver|Austin|Seattle|Boston|Atlanta|Portland|Phoenix|Nashville|Minneapolis|San Diego|Raleigh|Columbus|Tampa'),
  role: listOf('role', 'teacher|software engineer|nurse|designer|writer|data analyst|consultant|accountant|project manager|researcher|chef|social worker'),
  years: listOf('years', '3|5|7|8|10|12|15|20'),
  skill: listOf('skill', 'reading fluency|math fact fluency|writing skills|attendance|time management|public speaking|note-taking|test scores|study habits|class participation'),
  percent: listOf('percent', '5%|10%|15%|20%|25%'),
  metric: listOf('metric', 'sales|customer satisfaction scores|on-time delivery|first-call resolution|repeat orders|attendance|retention|website traffic'),
  doc: listOf('doc', 'report|proposal|invoice|contract|budget|schedule|presentation|estimate|agenda|timesheet'),
  contact: listOf('contact', 'email|phone|text message'),
  ingredient: listOf('ingredient', 'onions|cilantro|cheese|nuts|mushrooms|mayo|tomatoes|pickles|jalapenos|sesame|garlic|olives'),
  extra: listOf('extra', 'sauce|napkins|ketchup|lime wedges|dressing|hot sauce|ice|salsa|soy sauce'),
  spot: listOf('spot', 'front door|back porch|side gate|front desk|mailroom|garage|leasing office'),
  material: listOf('material', 'recycled aluminum|organic cotton|stainless steel|solid oak|premium leather|BPA-free plastic|bamboo|tempered glass'),
  use: listOf('use', 'everyday use|travel|the office|outdoor adventures|small spaces|busy mornings|the whole family|beginners and pros alike'),
  feature: listOf('feature', 'a lifetime warranty|free returns|a one-year limited warranty|a carrying case|two spare filters|a charging cable|an easy-start guide'),
  year: listOf('year', '1987|1994|1998|2003|2008|2012|2016|2019'),
  group: listOf('group', 'team|committee|staff|board|class|department|volunteers|project group'),
  thing: listOf('thing', 'schedule|new policy|event|project|workshop|update|menu|website|program|process|training|fundraiser'),
});

/** Common English words for `words()` and `word()`: plain, lower-case, inoffensive. */
export const COMMON_WORDS = listOf('common words', `
account|action|answer|area|article|autumn|balance|basket|beach|bell|bicycle|bird|board|book|
bottle|branch|bread|bridge|brush|budget|butter|button|cabin|cable|camera|candle|canvas|card|
carpet|cedar|chair|chalk|channel|chart|check|cherry|circle|city|classic|cloud|coast|coffee|
collar|color|comfort|copper|corner|cotton|county|course|crystal|cup|current|daily|desert|
design|detail|diamond|dinner|direct|doctor|dollar|drawer|eagle|early|earth|echo|engine|
evening|factor|farm|feather|field|figure|finance|flower|focus|forest|frame|garden|garlic|
glass|golden|grain|green|guide|harbor|harvest|health|history|honey|horizon|island|ivory|
journal|kettle|kitchen|ladder|lake|lantern|leaf|lemon|letter|level|light|linen|market|meadow|
metal|method|middle|mirror|model|morning|motion|mountain|native|needle|north|notebook|number|
ocean|office|olive|orange|orchard|paper|parcel|pattern|pencil|pepper|pillow|planet|plaster|
pocket|polish|pond|portrait|quiet|rabbit|record|ribbon|river|rocket|saddle|salt|sample|season|
shadow|shelf|signal|silver|simple|sketch|smooth|spring|square|station|steady|stone|story|
summer|sunset|table|thunder|ticket|timber|travel|valley|velvet|village|voice|wagon|wallet|
water|window|winter|wonder|yellow`);
