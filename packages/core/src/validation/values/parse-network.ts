import { CellProblem } from './sql-value.js';

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function ipv4Bytes(text: string): number[] | undefined {
  const m = IPV4.exec(text);
  const bytes = m?.slice(1).map(Number);
  return bytes?.every((b) => b <= 255) ? bytes : undefined;
}

/** One colon-separated piece as 16-bit groups: hex is one, a dotted IPv4 (last piece only) two. */
function piece(p: string, last: boolean): number[] | undefined {
  if (HEX_GROUP.test(p)) return [parseInt(p, 16)];
  const v4 = last ? ipv4Bytes(p) : undefined;
  if (!v4) return undefined;
  const [a = 0, b = 0, c = 0, d = 0] = v4;
  return [a * 256 + b, c * 256 + d];
}

/** The 16-bit groups of colon-separated hex, or undefined. */
function groups(part: string, last: boolean): number[] | undefined {
  if (part === '') return [];
  const pieces = part.split(':').map((p, i, all) => piece(p, last && i === all.length - 1));
  return pieces.every((p) => p !== undefined) ? pieces.flat() : undefined;
}

function ipv6Bytes(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const [left, right] = [groups(halves[0] ?? '', halves.length === 1), groups(halves[1] ?? '', true)];
  if (!left || !right) return undefined;
  const fill = halves.length === 2 ? 8 - left.length - right.length : 0;
  if (halves.length === 2 ? fill < 1 : left.length !== 8) return undefined;
  return [...left, ...new Array<number>(fill).fill(0), ...right].flatMap((g) => [g >> 8, g & 255]);
}

/** An IP address and its prefix length (the full width when none is written). */
interface IpAddress {
  readonly bytes: readonly number[];
  readonly prefix: number;
}

/** Parses `address` or `address/prefix`, IPv4 or IPv6, as PostgreSQL's inet reads it. */
export function parseIpAddress(text: string): IpAddress | undefined {
  const [addr = '', prefixText, extra] = text.split('/');
  if (extra !== undefined) return undefined;
  const bytes = addr.includes(':') ? ipv6Bytes(addr) : ipv4Bytes(addr);
  if (!bytes) return undefined;
  const width = bytes.length * 8;
  const prefix = prefixText === undefined ? width : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  return prefix <= width ? { bytes, prefix } : undefined;
}

/** True when every bit after the first `prefix` bits is zero. */
function hostBitsZero({ bytes, prefix }: IpAddress): boolean {
  return bytes.every((b, i) => {
    const keep = Math.max(0, Math.min(8, prefix - i * 8));
    return (b & (0xff >> keep)) === 0;
  });
}

/**
 * Checks an `inet` cell: an IPv4 or IPv6 address with an optional `/prefix`.
 *
 * @example
 * ```ts
 * parseInetCell('192.168.0.1')  // '192.168.0.1'
 * parseInetCell('192.168.0.256') // CellProblem('type', ...)
 * ```
 */
export function parseInetCell(text: string): string | CellProblem {
  return parseIpAddress(text) ? text : new CellProblem('type', `"${text}" is not an inet (IPv4 or IPv6 address, optional /prefix)`);
}

/**
 * Checks a `cidr` cell: an address and prefix with no bits set after the prefix.
 *
 * @example
 * ```ts
 * parseCidrCell('10.1.0.0/16') // '10.1.0.0/16'
 * parseCidrCell('10.1.2.3/16') // CellProblem('type', '... has bits set to the right of the mask')
 * ```
 */
export function parseCidrCell(text: string): string | CellProblem {
  const ip = parseIpAddress(text);
  if (!ip) return new CellProblem('type', `"${text}" is not a cidr (IPv4 or IPv6 network, address/prefix)`);
  return hostBitsZero(ip) ? text : new CellProblem('type', `"${text}" is not a cidr: it has bits set to the right of the mask`);
}

const MAC_FORMS: readonly RegExp[] = [
  /^[0-9a-f]{2}([:-])[0-9a-f]{2}(\1[0-9a-f]{2}){4}$/i,
  /^[0-9a-f]{6}[:-]?[0-9a-f]{6}$/i,
  /^[0-9a-f]{4}([.-])[0-9a-f]{4}\1[0-9a-f]{4}$/i,
];

/**
 * Checks a `macaddr` cell in one of the forms PostgreSQL reads (`08:00:2b:01:02:03`,
 * `08-00-2b-01-02-03`, `08002b:010203`, `0800.2b01.0203`, `08002b010203`, ...).
 *
 * @example
 * ```ts
 * parseMacaddrCell('08:00:2b:01:02:03') // '08:00:2b:01:02:03'
 * ```
 */
export function parseMacaddrCell(text: string): string | CellProblem {
  return MAC_FORMS.some((re) => re.test(text)) ? text : new CellProblem('type', `"${text}" is not a macaddr (six hex octets, e.g. 08:00:2b:01:02:03)`);
}
