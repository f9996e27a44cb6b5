import type mysql from 'mysql2/promise';

/**
 * Bytes a query leaves free below `max_allowed_packet` (the command byte and framing): MariaDB
 * 10.11 with 16 MiB took a query of 16,777,214 bytes and refused one of 16,777,215.
 */
const HEADROOM = 1024;
/** MariaDB's default `max_allowed_packet`, assumed when the server does not say. */
const DEFAULT_PACKET = 16 << 20;

/** How big the loader's queries may be on one server. */
export interface PacketLimits {
  /** The server's `max_allowed_packet`. */
  readonly packet: number;
  /** The bytes a query of several rows may take: 1 MiB, or half of `packet` if smaller. */
  readonly budget: number;
  /** The bytes an INSERT of a single row may take (`packet` less some headroom). */
  readonly single: number;
}

/**
 * The limits for a server whose `max_allowed_packet` is `packet`. Queries bigger than 1 MiB were
 * slower here (restaurants, 10⁶ rows, one thread: 12.8–13.1 s at 1 MiB, 14.0–14.4 s at 2 MiB,
 * 14.2–14.7 s at 8 MiB).
 *
 * @example
 * ```ts
 * packetLimitsFor(1 << 20) // { packet: 1048576, budget: 524288, single: 1047552 }
 * ```
 */
export function packetLimitsFor(packet: number): PacketLimits {
  const budget = Math.min(1 << 20, Math.floor(packet / 2));
  return { packet, budget, single: Math.max(budget, packet - HEADROOM) };
}

/** The limits of the server `conn` is connected to (its `@@max_allowed_packet`). */
export async function packetLimits(conn: mysql.Connection): Promise<PacketLimits> {
  const [rows] = await conn.query<mysql.RowDataPacket[]>('SELECT @@max_allowed_packet AS p');
  const packet = Number(rows[0]?.['p']);
  return packetLimitsFor(Number.isFinite(packet) && packet > 0 ? packet : DEFAULT_PACKET);
}
