import { STATES, type StateInfo } from './us-states.js';

/** District name stems, one per state in {@link STATES} order (seed 000: WestCharter → CA, NorthCharter → NY). */
const STEMS = [
  'WestCharter', 'NorthCharter', 'SouthPlains', 'SunCoast', 'PrairieView', 'CascadeRidge', 'PeachtreeValley', 'KeystoneHills',
  'BuckeyeLakes', 'PiedmontUnified', 'GreatLakes', 'DesertSky', 'FrontRange', 'BayState', 'BlueRidge', 'NorthStar',
] as const;

export interface DistrictInfo {
  readonly index: number;
  /** CamelCase, used for the `<Name>_Data` folder. */
  readonly name: string;
  readonly state: StateInfo;
  /** Made-up mail domain under the reserved example.org (RFC 2606). */
  readonly domain: string;
}

/** District `index` (0-based): its name and state; names repeat with a number after the 16th. */
export function districtInfo(index: number): DistrictInfo {
  const k = index % STEMS.length;
  const round = Math.floor(index / STEMS.length);
  const name = `${STEMS[k] as string}${round > 0 ? String(round + 1) : ''}`;
  return { index, name, state: STATES[k] as StateInfo, domain: `${name.toLowerCase()}.example.org` };
}
