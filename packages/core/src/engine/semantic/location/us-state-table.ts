/**
 * The 50 states and DC: USPS code, name, rough population weight (2020 census, millions),
 * USPS 3-digit ZIP prefix ranges (k12.md §4.6) and example area codes (k12.md §4.7).
 */
export interface UsState {
  readonly code: string;
  readonly name: string;
  readonly population: number;
  /** The USPS 3-digit ZIP prefixes of the state (e.g. 900–961 for CA). */
  readonly zipPrefixes: ReadonlySet<number>;
  readonly areaCodes: readonly string[];
}

type Row = readonly [code: string, name: string, population: number, prefixes: string, areaCodes: string];

/** Prefixes as "350-369" or "733" separated by commas; "!340" excludes one. */
const ROWS: readonly Row[] = [
  ['AL', 'Alabama', 5.0, '350-369', '205 251 256 334'],
  ['AK', 'Alaska', 0.73, '995-999', '907'],
  ['AZ', 'Arizona', 7.2, '850-865', '480 520 602 623 928'],
  ['AR', 'Arkansas', 3.0, '716-729', '479 501 870'],
  ['CA', 'California', 39.5, '900-961', '209 213 310 415 510 559 619 714 818 916'],
  ['CO', 'Colorado', 5.8, '800-816', '303 719 720 970'],
  ['CT', 'Connecticut', 3.6, '060-069', '203 860'],
  ['DE', 'Delaware', 0.99, '197-199', '302'],
  ['DC', 'District of Columbia', 0.69, '200,202-205', '202'],
  ['FL', 'Florida', 21.5, '320-349,!340', '305 321 352 407 561 727 813 850 904 954'],
  ['GA', 'Georgia', 10.7, '300-319,398-399', '404 470 478 678 706 770 912'],
  ['HI', 'Hawaii', 1.46, '967-968', '808'],
  ['ID', 'Idaho', 1.84, '832-838', '208 986'],
  ['IL', 'Illinois', 12.8, '600-629', '217 309 312 618 630 708 773 815 847'],
  ['IN', 'Indiana', 6.8, '460-479', '219 260 317 574 765 812'],
  ['IA', 'Iowa', 3.19, '500-528', '319 515 563 641 712'],
  ['KS', 'Kansas', 2.94, '660-679', '316 620 785 913'],
  ['KY', 'Kentucky', 4.5, '400-427', '270 502 606 859'],
  ['LA', 'Louisiana', 4.66, '700-714', '225 318 337 504 985'],
  ['ME', 'Maine', 1.36, '039-049', '207'],
  ['MD', 'Maryland', 6.2, '206-219', '240 301 410 443'],
  ['MA', 'Massachusetts', 7.0, '010-027,055', '413 508 617 781 978'],
  ['MI', 'Michigan', 10.1, '480-499', '231 248 269 313 517 586 616 734 810 906 989'],
  ['MN', 'Minnesota', 5.7, '550-567', '218 320 507 612 651 763 952'],
  ['MS', 'Mississippi', 2.96, '386-397', '228 601 662 769'],
  ['MO', 'Missouri', 6.15, '630-658', '314 417 573 636 660 816'],
  ['MT', 'Montana', 1.08, '590-599', '406'],
  ['NE', 'Nebraska', 1.96, '680-693', '308 402 531'],
  ['NV', 'Nevada', 3.1, '889-898', '702 725 775'],
  ['NH', 'New Hampshire', 1.38, '030-038', '603'],
  ['NJ', 'New Jersey', 9.3, '070-089', '201 609 732 856 908 973'],
  ['NM', 'New Mexico', 2.12, '870-884', '505 575'],
  ['NY', 'New York', 20.2, '100-149,005', '212 315 516 518 585 607 631 716 718 845 914'],
  ['NC', 'North Carolina', 10.4, '270-289', '252 336 704 828 910 919 980'],
  ['ND', 'North Dakota', 0.78, '580-588', '701'],
  ['OH', 'Ohio', 11.8, '430-459', '216 330 419 440 513 614 740 937'],
  ['OK', 'Oklahoma', 3.96, '730-749,!733', '405 580 918'],
  ['OR', 'Oregon', 4.24, '970-979', '503 541 971'],
  ['PA', 'Pennsylvania', 13.0, '150-196', '215 267 412 484 570 610 717 724 814'],
  ['RI', 'Rhode Island', 1.1, '028-029', '401'],
  ['SC', 'South Carolina', 5.1, '290-299', '803 843 864'],
  ['SD', 'South Dakota', 0.89, '570-577', '605'],
  ['TN', 'Tennessee', 6.9, '370-385', '423 615 731 865 901 931'],
  ['TX', 'Texas', 29.1, '750-799,733,885', '210 214 254 281 512 713 806 817 832 903 915 956 972'],
  ['UT', 'Utah', 3.27, '840-847', '385 435 801'],
  ['VT', 'Vermont', 0.64, '050-059', '802'],
  ['VA', 'Virginia', 8.6, '201,220-246', '276 434 540 571 703 757 804'],
  ['WA', 'Washington', 7.7, '980-994', '206 253 360 425 509'],
  ['WV', 'West Virginia', 1.79, '247-268', '304 681'],
  ['WI', 'Wisconsin', 5.9, '530-549', '262 414 608 715 920'],
  ['WY', 'Wyoming', 0.58, '820-831', '307'],
];

/** Every 3-digit prefix a spec like "320-349,!340" allows. */
function prefixSet(spec: string): ReadonlySet<number> {
  const set = new Set<number>();
  for (const item of spec.split(',').filter((s) => !s.startsWith('!'))) {
    const [a = '', b = a] = item.split('-');
    for (let p = Number(a); p <= Number(b); p++) set.add(p);
  }
  for (const item of spec.split(',').filter((s) => s.startsWith('!'))) set.delete(Number(item.slice(1)));
  return set;
}

/** The 50 states + DC, in the order above. */
export const US_STATES: readonly UsState[] = Object.freeze(ROWS.map(([code, name, population, prefixes, areaCodes]) => Object.freeze({
  code, name, population,
  zipPrefixes: prefixSet(prefixes),
  areaCodes: Object.freeze(areaCodes.split(' ')),
})));

const BY_KEY = new Map<string, UsState>(US_STATES.flatMap((s) => [[s.code, s], [s.name.toUpperCase(), s]] as const));

/** A state by USPS code or full name (case-insensitive), or undefined. */
export function findUsState(codeOrName: string): UsState | undefined {
  return BY_KEY.get(codeOrName.trim().toUpperCase());
}

/** True when a 5-digit ZIP's 3-digit prefix lies in the state's USPS ranges. */
export function zipInState(zip: string, state: UsState): boolean {
  return /^\d{5}$/.test(zip) && state.zipPrefixes.has(Number(zip.slice(0, 3)));
}
