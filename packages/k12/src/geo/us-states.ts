/** A city with the USPS 3-digit ZIP prefix that serves it. */
export interface City {
  readonly name: string;
  readonly zip3: string;
}

/** What a district's state decides: cities and ZIPs, area codes, kindergarten cutoff. */
export interface StateInfo {
  readonly code: string;
  readonly name: string;
  /** USPS 3-digit prefixes of the state (k12.md §4.6). */
  readonly zip3: readonly [number, number][];
  /** Area codes (k12.md §4.7, NANPA). */
  readonly areaCodes: readonly string[];
  /** Kindergarten entry cutoff: a child must be 5 on or before this month/day (ECS; LEA-decided states use Sep 1). */
  readonly cutoff: readonly [month: number, day: number];
  readonly cities: readonly City[];
}

const c = (name: string, zip3: string): City => ({ name, zip3 });
const SEP1 = [9, 1] as const;

/** States a district can be placed in, in the order districts take them. */
export const STATES: readonly StateInfo[] = [
  { code: 'CA', name: 'California', zip3: [[900, 961]], areaCodes: ['209', '213', '310', '415', '510', '559', '619', '714', '818', '916'], cutoff: SEP1,
    cities: [c('Los Angeles', '900'), c('Sacramento', '958'), c('Fresno', '937'), c('San Diego', '921'), c('Oakland', '946'), c('San Jose', '951'), c('Bakersfield', '933'), c('Riverside', '925'), c('Stockton', '952'), c('Modesto', '953')] },
  { code: 'NY', name: 'New York', zip3: [[100, 149]], areaCodes: ['212', '315', '516', '518', '585', '607', '631', '716', '718', '845', '914'], cutoff: SEP1,
    cities: [c('Buffalo', '142'), c('Rochester', '146'), c('Syracuse', '132'), c('Albany', '122'), c('Yonkers', '107'), c('Ithaca', '148'), c('Binghamton', '139'), c('Utica', '135')] },
  { code: 'TX', name: 'Texas', zip3: [[750, 799], [733, 733], [885, 885]], areaCodes: ['210', '214', '254', '281', '512', '713', '806', '817', '832', '903', '915', '956', '972'], cutoff: SEP1,
    cities: [c('Houston', '770'), c('Dallas', '752'), c('Austin', '787'), c('San Antonio', '782'), c('El Paso', '799'), c('Fort Worth', '761'), c('Lubbock', '794'), c('Amarillo', '791'), c('Corpus Christi', '784')] },
  { code: 'FL', name: 'Florida', zip3: [[320, 339], [341, 349]], areaCodes: ['305', '321', '352', '407', '561', '727', '813', '850', '904', '954'], cutoff: SEP1,
    cities: [c('Miami', '331'), c('Orlando', '328'), c('Tampa', '336'), c('Jacksonville', '322'), c('Tallahassee', '323'), c('Gainesville', '326')] },
  { code: 'IL', name: 'Illinois', zip3: [[600, 629]], areaCodes: ['217', '309', '312', '618', '630', '708', '773', '815', '847'], cutoff: SEP1,
    cities: [c('Chicago', '606'), c('Springfield', '627'), c('Peoria', '616'), c('Rockford', '611'), c('Naperville', '605'), c('Champaign', '618')] },
  { code: 'WA', name: 'Washington', zip3: [[980, 994]], areaCodes: ['206', '253', '360', '425', '509'], cutoff: [8, 31],
    cities: [c('Seattle', '981'), c('Spokane', '992'), c('Tacoma', '984'), c('Olympia', '985'), c('Yakima', '989'), c('Bellingham', '982')] },
  { code: 'GA', name: 'Georgia', zip3: [[300, 319], [398, 399]], areaCodes: ['404', '470', '478', '678', '706', '770', '912'], cutoff: SEP1,
    cities: [c('Atlanta', '303'), c('Savannah', '314'), c('Macon', '312'), c('Augusta', '309'), c('Athens', '306'), c('Columbus', '319')] },
  { code: 'PA', name: 'Pennsylvania', zip3: [[150, 196]], areaCodes: ['215', '267', '412', '484', '570', '610', '717', '724', '814'], cutoff: SEP1,
    cities: [c('Philadelphia', '191'), c('Pittsburgh', '152'), c('Harrisburg', '171'), c('Allentown', '181'), c('Erie', '165'), c('Scranton', '185')] },
  { code: 'OH', name: 'Ohio', zip3: [[430, 459]], areaCodes: ['216', '330', '419', '440', '513', '614', '740', '937'], cutoff: SEP1,
    cities: [c('Columbus', '432'), c('Cleveland', '441'), c('Cincinnati', '452'), c('Toledo', '436'), c('Akron', '443'), c('Dayton', '454')] },
  { code: 'NC', name: 'North Carolina', zip3: [[270, 289]], areaCodes: ['252', '336', '704', '828', '910', '919', '980'], cutoff: [8, 31],
    cities: [c('Charlotte', '282'), c('Raleigh', '276'), c('Greensboro', '274'), c('Durham', '277'), c('Asheville', '288'), c('Wilmington', '284')] },
  { code: 'MI', name: 'Michigan', zip3: [[480, 499]], areaCodes: ['231', '248', '269', '313', '517', '586', '616', '734', '810', '906', '989'], cutoff: SEP1,
    cities: [c('Detroit', '482'), c('Grand Rapids', '495'), c('Lansing', '489'), c('Ann Arbor', '481'), c('Flint', '485'), c('Kalamazoo', '490')] },
  { code: 'AZ', name: 'Arizona', zip3: [[850, 865]], areaCodes: ['480', '520', '602', '623', '928'], cutoff: [8, 31],
    cities: [c('Phoenix', '850'), c('Tucson', '857'), c('Mesa', '852'), c('Flagstaff', '860'), c('Yuma', '853'), c('Tempe', '852')] },
  { code: 'CO', name: 'Colorado', zip3: [[800, 816]], areaCodes: ['303', '719', '720', '970'], cutoff: [10, 1],
    cities: [c('Denver', '802'), c('Colorado Springs', '809'), c('Boulder', '803'), c('Fort Collins', '805'), c('Pueblo', '810'), c('Grand Junction', '815')] },
  { code: 'MA', name: 'Massachusetts', zip3: [[10, 27], [55, 55]], areaCodes: ['413', '508', '617', '781', '978'], cutoff: SEP1,
    cities: [c('Boston', '021'), c('Worcester', '016'), c('Springfield', '011'), c('Lowell', '018'), c('Cambridge', '021'), c('New Bedford', '027')] },
  { code: 'VA', name: 'Virginia', zip3: [[201, 201], [220, 246]], areaCodes: ['276', '434', '540', '571', '703', '757', '804'], cutoff: [9, 30],
    cities: [c('Richmond', '232'), c('Norfolk', '235'), c('Roanoke', '240'), c('Alexandria', '223'), c('Charlottesville', '229'), c('Lynchburg', '245')] },
  { code: 'MN', name: 'Minnesota', zip3: [[550, 567]], areaCodes: ['218', '320', '507', '612', '651', '763', '952'], cutoff: SEP1,
    cities: [c('Minneapolis', '554'), c('Saint Paul', '551'), c('Duluth', '558'), c('Rochester', '559'), c('Bloomington', '554'), c('Saint Cloud', '563')] },
];
