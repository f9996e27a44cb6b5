import type { Rng } from '../rng.js';
import type { Native } from './cell-env.js';
import { IPV4_HOSTS, IPV4_NETWORKS, ipv4Host, ipv4Network, MAC_ADDRESSES, macAddress } from './network-address.js';
import { xmlDocument } from './xml-document.js';

type Draw = (rng: Rng) => string;

/** Largest id an XML array element names. */
const XML_IDS = 1_000_000;

/**
 * Array elements of the formatted string types (`inet[]`, `cidr[]`, `macaddr[]`, `xml[]`), by the
 * element name the plan gives them (the format's name), drawn at random.
 *
 * @example
 * ```ts
 * new Map(NETWORK_ELEMENTS).get('inet')?.[0](rng) // '83.12.201.7'
 * ```
 */
export const NETWORK_ELEMENTS: readonly (readonly [string, readonly [Draw, Native]])[] = [
  ['inet', [(rng) => ipv4Host(rng.int(0, IPV4_HOSTS - 1)), 'string']],
  ['cidr', [(rng) => ipv4Network(rng.int(0, IPV4_NETWORKS - 1)), 'string']],
  ['macaddr', [(rng) => macAddress(rng.int(0, MAC_ADDRESSES - 1)), 'string']],
  ['xml', [(rng) => xmlDocument(rng, rng.int(1, XML_IDS)), 'string']],
];
