import { describe, expect, it } from 'vitest';
import { IPV4_HOSTS, IPV4_NETWORKS, ipv4Host, ipv4Network, MAC_ADDRESSES, macAddress } from './network-address.js';

const octets = (ip: string): number[] => ip.split('.').map(Number);
const hostBits = (net: string): number => {
  const [addr = '', prefix = '0'] = net.split('/');
  const n = octets(addr).reduce((acc, o) => acc * 256 + o, 0);
  return n % 2 ** (32 - Number(prefix));
};

describe('network addresses from an index', () => {
  it('IPv4 hosts cover first octets 1…223 without loopback, distinct per index', () => {
    expect(ipv4Host(0)).toBe('1.0.0.0');
    expect(ipv4Host(IPV4_HOSTS - 1)).toBe('223.255.255.255');
    expect(ipv4Host(125 * 2 ** 24)).toBe('126.0.0.0');
    expect(ipv4Host(126 * 2 ** 24)).toBe('128.0.0.0');
    const some = Array.from({ length: 5000 }, (_, i) => ipv4Host(i * 741_457));
    expect(new Set(some).size).toBe(5000);
    expect(some.every((ip) => octets(ip)[0] !== 127 && octets(ip).every((o) => o >= 0 && o <= 255))).toBe(true);
  });

  it('IPv4 networks have no host bits set, prefixes /8…/24, distinct per index', () => {
    expect(ipv4Network(0)).toBe('1.0.0.0/8');
    expect(ipv4Network(1)).toBe('1.0.1.0/24');
    expect(ipv4Network(2)).toBe('1.0.2.0/23');
    expect(ipv4Network(256)).toBe('1.1.0.0/16');
    expect(ipv4Network(IPV4_NETWORKS - 1)).toBe('223.255.255.0/24');
    const some = Array.from({ length: 5000 }, (_, i) => ipv4Network(i * 2903));
    expect(new Set(some).size).toBe(5000);
    expect(some.every((n) => hostBits(n) === 0)).toBe(true);
  });

  it('MAC addresses are locally administered unicast, lower-case, colon-separated', () => {
    expect(macAddress(0)).toBe('02:00:00:00:00:00');
    expect(macAddress(1)).toBe('02:00:00:00:00:01');
    expect(macAddress(MAC_ADDRESSES - 1)).toBe('fe:ff:ff:ff:ff:ff');
    expect(macAddress(2 ** 40 + 258)).toBe('06:00:00:00:01:02');
  });
});
