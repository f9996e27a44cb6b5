import { describe, expect, it } from 'vitest';
import { parseCidrCell, parseInetCell, parseIpAddress, parseMacaddrCell } from './parse-network.js';
import { CellProblem } from './sql-value.js';

const ok = (parse: (t: string) => unknown) => (t: string): boolean => !(parse(t) instanceof CellProblem);

describe('network address cells', () => {
  it.each(['192.168.0.1', '10.0.0.0/8', '0.0.0.0/0', '::1', '::', '2001:db8::ff00:42:8329', '2001:db8:0:0:0:0:2:1/64', '::ffff:192.0.2.128', 'fe80::1:2:3:4:5:6'])('inet accepts %s', (t) => {
    expect(ok(parseInetCell)(t)).toBe(true);
  });

  it.each(['', '192.168.0.256', '1.2.3', '1.2.3.4.5', '10.0.0.1/33', '10.0.0.1/', '10.0.0.1/8/8', 'a.b.c.d', '1::2::3', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8::', '12345::', '::1/129', '::ffff:1.2.3.4:5'])('inet refuses %j', (t) => {
    expect(ok(parseInetCell)(t)).toBe(false);
  });

  it('reads an IPv4-mapped IPv6 address into its 16 bytes', () => {
    expect(parseIpAddress('::ffff:192.0.2.128')).toEqual({ bytes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 192, 0, 2, 128], prefix: 128 });
  });

  it('cidr refuses bits set to the right of the mask, as PostgreSQL does', () => {
    expect(ok(parseCidrCell)('10.1.0.0/16')).toBe(true);
    expect(ok(parseCidrCell)('10.1.2.0/23')).toBe(true);
    expect(ok(parseCidrCell)('2001:db8::/32')).toBe(true);
    expect(parseCidrCell('10.1.2.3/16')).toEqual(new CellProblem('type', '"10.1.2.3/16" is not a cidr: it has bits set to the right of the mask'));
    expect(ok(parseCidrCell)('10.1.3.0/23')).toBe(false);
    expect(ok(parseCidrCell)('2001:db8::1/64')).toBe(false);
  });

  it('macaddr accepts the forms PostgreSQL reads and nothing else', () => {
    for (const t of ['08:00:2b:01:02:03', '08-00-2B-01-02-03', '08002b:010203', '08002b-010203', '0800.2b01.0203', '0800-2b01-0203', '08002b010203']) expect(ok(parseMacaddrCell)(t), t).toBe(true);
    for (const t of ['08:00:2b:01:02', '08:00-2b:01:02:03', '08:00:2b:01:02:0g', '0800.2b01-0203', '']) expect(ok(parseMacaddrCell)(t), t).toBe(false);
  });
});
