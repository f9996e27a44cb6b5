/**
 * US geography reference for the realism checks, copied from
 * shared/reference/k12.md §4.6 (USPS 3-digit ZIP prefixes by state) and §4.7 (area codes).
 * The §4.7 lists are the ones the product is expected to draw from.
 */

type Range = readonly [number, number];

/** ZIP 3-digit prefix ranges (inclusive) per state, §4.6. Exclusions are listed separately. */
export const ZIP_PREFIXES: Readonly<Record<string, readonly Range[]>> = {
  AL: [[350, 369]], AK: [[995, 999]], AZ: [[850, 865]], AR: [[716, 729]], CA: [[900, 961]],
  CO: [[800, 816]], CT: [[60, 69]], DE: [[197, 199]], DC: [[200, 200], [202, 205]],
  FL: [[320, 349]], GA: [[300, 319], [398, 399]], HI: [[967, 968]], ID: [[832, 838]],
  IL: [[600, 629]], IN: [[460, 479]], IA: [[500, 528]], KS: [[660, 679]], KY: [[400, 427]],
  LA: [[700, 714]], ME: [[39, 49]], MD: [[206, 219]], MA: [[10, 27], [55, 55]], MI: [[480, 499]],
  MN: [[550, 567]], MS: [[386, 397]], MO: [[630, 658]], MT: [[590, 599]], NE: [[680, 693]],
  NV: [[889, 898]], NH: [[30, 38]], NJ: [[70, 89]], NM: [[870, 884]], NY: [[100, 149], [5, 5]],
  NC: [[270, 289]], ND: [[580, 588]], OH: [[430, 459]], OK: [[730, 749]], OR: [[970, 979]],
  PA: [[150, 196]], RI: [[28, 29]], SC: [[290, 299]], SD: [[570, 577]], TN: [[370, 385]],
  TX: [[750, 799], [733, 733], [885, 885]], UT: [[840, 847]], VT: [[50, 59]],
  VA: [[201, 201], [220, 246]], WA: [[980, 994]], WV: [[247, 268]], WI: [[530, 549]],
  WY: [[820, 831]], PR: [[6, 9]],
};

/** Prefixes §4.6 excludes from a state's range ("not 340", "not 733"). */
const ZIP_EXCLUDED: Readonly<Record<string, readonly number[]>> = { FL: [340], OK: [733] };

/** Area codes per state, §4.7. */
export const AREA_CODES: Readonly<Record<string, readonly string[]>> = {
  AL: ['205', '251', '256', '334'], AK: ['907'], AZ: ['480', '520', '602', '623', '928'], AR: ['479', '501', '870'],
  CA: ['209', '213', '310', '415', '510', '559', '619', '714', '818', '916'], CO: ['303', '719', '720', '970'],
  CT: ['203', '860'], DE: ['302'], DC: ['202'], FL: ['305', '321', '352', '407', '561', '727', '813', '850', '904', '954'],
  GA: ['404', '470', '478', '678', '706', '770', '912'], HI: ['808'], ID: ['208', '986'],
  IL: ['217', '309', '312', '618', '630', '708', '773', '815', '847'], IN: ['219', '260', '317', '574', '765', '812'],
  IA: ['319', '515', '563', '641', '712'], KS: ['316', '620', '785', '913'], KY: ['270', '502', '606', '859'],
  LA: ['225', '318', '337', '504', '985'], ME: ['207'], MD: ['240', '301', '410', '443'],
  MA: ['413', '508', '617', '781', '978'], MI: ['231', '248', '269', '313', '517', '586', '616', '734', '810', '906', '989'],
  MN: ['218', '320', '507', '612', '651', '763', '952'], MS: ['228', '601', '662', '769'],
  MO: ['314', '417', '573', '636', '660', '816'], MT: ['406'], NE: ['308', '402', '531'], NV: ['702', '725', '775'],
  NH: ['603'], NJ: ['201', '609', '732', '856', '908', '973'], NM: ['505', '575'],
  NY: ['212', '315', '516', '518', '585', '607', '631', '716', '718', '845', '914'],
  NC: ['252', '336', '704', '828', '910', '919', '980'], ND: ['701'],
  OH: ['216', '330', '419', '440', '513', '614', '740', '937'], OK: ['405', '580', '918'], OR: ['503', '541', '971'],
  PA: ['215', '267', '412', '484', '570', '610', '717', '724', '814'], RI: ['401'], SC: ['803', '843', '864'], SD: ['605'],
  TN: ['423', '615', '731', '865', '901', '931'],
  TX: ['210', '214', '254', '281', '512', '713', '806', '817', '832', '903', '915', '956', '972'],
  UT: ['385', '435', '801'], VT: ['802'], VA: ['276', '434', '540', '571', '703', '757', '804'],
  WA: ['206', '253', '360', '425', '509'], WV: ['304', '681'], WI: ['262', '414', '608', '715', '920'], WY: ['307'],
};

const STATE_NAMES: Readonly<Record<string, string>> = {
  alabama: 'AL', alaska: 'AK', arizona: 'AZ', arkansas: 'AR', california: 'CA', colorado: 'CO', connecticut: 'CT',
  delaware: 'DE', 'district of columbia': 'DC', florida: 'FL', georgia: 'GA', hawaii: 'HI', idaho: 'ID', illinois: 'IL',
  indiana: 'IN', iowa: 'IA', kansas: 'KS', kentucky: 'KY', louisiana: 'LA', maine: 'ME', maryland: 'MD',
  massachusetts: 'MA', michigan: 'MI', minnesota: 'MN', mississippi: 'MS', missouri: 'MO', montana: 'MT',
  nebraska: 'NE', nevada: 'NV', 'new hampshire': 'NH', 'new jersey': 'NJ', 'new mexico': 'NM', 'new york': 'NY',
  'north carolina': 'NC', 'north dakota': 'ND', ohio: 'OH', oklahoma: 'OK', oregon: 'OR', pennsylvania: 'PA',
  'rhode island': 'RI', 'south carolina': 'SC', 'south dakota': 'SD', tennessee: 'TN', texas: 'TX', utah: 'UT',
  vermont: 'VT', virginia: 'VA', washington: 'WA', 'west virginia': 'WV', wisconsin: 'WI', wyoming: 'WY',
  'puerto rico': 'PR',
};

/** USPS abbreviation for a state given as an abbreviation or a full name (any case); else undefined. */
export function stateAbbreviation(value: string): string | undefined {
  const v = value.trim();
  if (/^[A-Za-z]{2}$/.test(v) && ZIP_PREFIXES[v.toUpperCase()]) return v.toUpperCase();
  return STATE_NAMES[v.toLowerCase()];
}

/** True when the ZIP (5 digits, optional +4) has a 3-digit prefix inside the state's USPS ranges. */
export function zipMatchesState(zip: string, state: string): boolean {
  const m = /^(\d{3})\d{2}(-\d{4})?$/.exec(zip.trim());
  const ranges = ZIP_PREFIXES[state];
  if (!m || !ranges) return false;
  const prefix = Number(m[1]);
  if (ZIP_EXCLUDED[state]?.includes(prefix)) return false;
  return ranges.some(([lo, hi]) => prefix >= lo && prefix <= hi);
}

/** The 3-digit area code of a North American phone number in any common format; undefined if none. */
export function areaCodeOf(phone: string): string | undefined {
  let digits = phone.replace(/(?:x|ext\.?)\s*\d+$/i, '').replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  return digits.length === 10 ? digits.slice(0, 3) : undefined;
}
