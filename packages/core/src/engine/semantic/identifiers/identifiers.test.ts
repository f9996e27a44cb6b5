import { describe, expect, it } from 'vitest';
import { isRowforgeError } from '../../../errors/index.js';
import { drawRows } from '../internal/test-rng.js';
import { licenseNumber, licensePlate } from './license.js';
import { sku } from './sku.js';
import { TOKEN_ALPHABET, uniqueToken } from './unique-token.js';
import { uuid } from './uuid.js';
import { domainFrom, ipv4, url } from './web.js';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('uniqueToken', () => {
  it('is fixed-length, in the alphabet and unique over 100k indexes', () => {
    const tokens = range(100_000).map((i) => uniqueToken(i, 6));
    expect(new Set(tokens).size).toBe(100_000);
    for (const t of tokens.slice(0, 2000)) expect(t).toMatch(new RegExp(`^[${TOKEN_ALPHABET}]{6}$`));
  });

  it('fills a small capacity exactly and throws UNIQUE_CAPACITY beyond it', () => {
    expect(new Set(range(8).map((i) => uniqueToken(i, 3, 'ab'))).size).toBe(8);
    let caught: unknown;
    try {
      uniqueToken(8, 3, 'ab');
    } catch (e) {
      caught = e;
    }
    expect(isRowforgeError(caught, 'UNIQUE_CAPACITY')).toBe(true);
  });

  it('handles lengths beyond 2^52 combinations', () => {
    const tokens = range(50_000).map((i) => uniqueToken(i, 20, TOKEN_ALPHABET, 5));
    expect(new Set(tokens).size).toBe(50_000);
    expect(tokens.every((t) => t.length === 20)).toBe(true);
    expect(new Set(tokens.map((t) => t.charAt(0))).size).toBeGreaterThan(20);
  });
});

describe('licenseNumber / sku', () => {
  it('gives exact-length, unique licence numbers', () => {
    const numbers = range(100_000).map((i) => licenseNumber(i, 8));
    expect(new Set(numbers).size).toBe(100_000);
    for (const n of numbers.slice(0, 1000)) expect(n).toMatch(/^[A-Z]\d{7}$/);
    for (let length = 1; length <= 24; length++) {
      const capacity = Math.min(26 * 10 ** (length - 1), 5000);
      const some = range(capacity).map((i) => licenseNumber(i, length));
      expect(some.every((s) => s.length === length)).toBe(true);
      expect(new Set(some).size).toBe(capacity);
    }
    expect(() => licenseNumber(26, 1)).toThrow(/room for 26/);
  });

  it('gives unique SKUs', () => {
    const skus = range(100_000).map((i) => sku(i));
    expect(new Set(skus).size).toBe(100_000);
    for (const s of skus.slice(0, 1000)) expect(s).toMatch(/^[A-Z]{3}-\d{6}$/);
  });
});

describe('random identifiers', () => {
  it('uuid is RFC 4122 v4 and distinct', () => {
    const ids = drawRows(20_000, (r) => uuid(r));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(20_000);
  });

  it('licensePlate looks like a US plate', () => {
    for (const p of drawRows(2000, (r) => licensePlate(r))) expect(p).toMatch(/^([A-Z]{3}-\d{4}|\d[A-Z]{3}\d{3}|[A-Z]{3} \d{3}|\d{3}-[A-Z]{3})$/);
  });

  it('ipv4 stays in the documentation ranges', () => {
    for (const ip of drawRows(2000, (r) => ipv4(r))) expect(ip).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.([1-9]\d?|1\d\d|2[0-4]\d|25[0-4])$/);
  });

  it('url and domainFrom use reserved domains and slugs of the name', () => {
    expect(domainFrom('Acme Widgets, Inc.')).toBe('acme-widgets.example.com');
    expect(domainFrom('Café Olé & Sons LLC')).toBe('cafe-ole.example.com');
    expect(drawRows(1, (r) => url(r, 'Harper Logistics'))[0]).toBe('https://www.harper-logistics.example.com');
    for (const u of drawRows(500, (r) => url(r))) expect(u).toMatch(/^https:\/\/www\.[a-z0-9]+(-[a-z0-9]+)*\.example\.com$/);
  });
});
