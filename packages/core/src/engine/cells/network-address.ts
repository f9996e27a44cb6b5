/**
 * Network addresses from an index, in PostgreSQL's output form (so a value reads back as
 * written): IPv4 hosts, IPv4 networks, MAC addresses. Distinct indexes give distinct values.
 */

const OCTET = 256;
const BLOCK = OCTET ** 3;

/** First octets 1…223 without 127 (loopback): public unicast space, no multicast. */
export const IPV4_FIRST_OCTETS = 222;
/** IPv4 host addresses {@link ipv4Host} numbers. */
export const IPV4_HOSTS = IPV4_FIRST_OCTETS * BLOCK;
/** IPv4 networks {@link ipv4Network} numbers: one per /24. */
export const IPV4_NETWORKS = IPV4_FIRST_OCTETS * OCTET ** 2;
/** MAC addresses {@link macAddress} numbers: locally administered unicast (46 free bits). */
export const MAC_ADDRESSES = 2 ** 46;

const firstOctet = (block: number): number => (block >= 126 ? block + 2 : block + 1);

function dotted(value: number): string {
  const a = firstOctet(Math.floor(value / BLOCK));
  const rest = value % BLOCK;
  return `${a}.${Math.floor(rest / OCTET ** 2)}.${Math.floor(rest / OCTET) % OCTET}.${rest % OCTET}`;
}

/**
 * The `index`-th IPv4 host address (index < {@link IPV4_HOSTS}).
 *
 * @example
 * ```ts
 * ipv4Host(0) // '1.0.0.0'
 * ```
 */
export function ipv4Host(index: number): string {
  return dotted(index);
}

/** Trailing zero bits of `n` (16 for 0), at most 16. */
function trailingZeros(n: number): number {
  let z = 0;
  while (z < 16 && (n >> z) % 2 === 0) z++;
  return z;
}

/**
 * The `index`-th IPv4 network (index < {@link IPV4_NETWORKS}): the /24 `index` names, widened
 * to the shortest prefix (down to /8) its address is aligned to, so host bits are always zero
 * and half the networks are /24, a quarter /23, and so on.
 *
 * @example
 * ```ts
 * ipv4Network(1) // '1.0.1.0/24'
 * ipv4Network(2) // '1.0.2.0/23'
 * ```
 */
export function ipv4Network(index: number): string {
  const prefix = 24 - trailingZeros(index % OCTET ** 2);
  return `${dotted(index * OCTET)}/${prefix}`;
}

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

/**
 * The `index`-th MAC address (index < {@link MAC_ADDRESSES}), lower-case and colon-separated;
 * the first octet has the locally-administered bit set and the multicast bit clear.
 *
 * @example
 * ```ts
 * macAddress(1) // '02:00:00:00:00:01'
 * ```
 */
export function macAddress(index: number): string {
  const low = 2 ** 40;
  const rest = index % low;
  const tail = [4, 3, 2, 1, 0].map((i) => Math.floor(rest / OCTET ** i) % OCTET);
  return [Math.floor(index / low) * 4 + 2, ...tail].map(hex2).join(':');
}
