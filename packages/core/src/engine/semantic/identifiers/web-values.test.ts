import { describe, expect, it } from 'vitest';
import { drawRows } from '../internal/test-rng.js';
import { passwordHash } from './password-hash.js';
import { slug } from './slug.js';
import { uniqueIpv4 } from './web.js';

describe('passwordHash', () => {
  it('is a bcrypt string where 60 characters fit, else a hex digest of the room', () => {
    expect(drawRows(200, (r) => passwordHash(r, 255)).every((h) => /^\$2b\$10\$[./A-Za-z0-9]{53}$/.test(h))).toBe(true);
    expect(drawRows(200, (r) => passwordHash(r, 40)).every((h) => /^[0-9a-f]{40}$/.test(h))).toBe(true);
    expect(drawRows(200, (r) => passwordHash(r, 35)).every((h) => /^[0-9a-f]{32}$/.test(h))).toBe(true);
    expect(drawRows(200, (r) => passwordHash(r, 12)).every((h) => /^[0-9a-f]{12}$/.test(h))).toBe(true);
  });
});

describe('slug', () => {
  it('joins two to four words with hyphens within the length', () => {
    const slugs = drawRows(500, (r) => slug(r, 30));
    expect(slugs.every((s) => s.length <= 30 && /^[a-z]+(-[a-z]+)*$/.test(s))).toBe(true);
    expect(new Set(slugs).size).toBeGreaterThan(400);
  });

  it('ends with the index + 1 when given one, so slugs stay distinct', () => {
    const slugs = drawRows(5000, (r, row) => slug(r, 24, row));
    expect(new Set(slugs).size).toBe(5000);
    expect(slugs.every((s) => s.length <= 24)).toBe(true);
    expect(slugs[41]).toMatch(/-42$/);
  });
});

describe('uniqueIpv4', () => {
  it('gives distinct 10.x.y.z addresses', () => {
    const ips = Array.from({ length: 50_000 }, (_, i) => uniqueIpv4(i));
    expect(new Set(ips).size).toBe(50_000);
    expect(ips.every((ip) => /^10\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(ip) && ip.split('.').every((o) => Number(o) <= 255))).toBe(true);
  });
});
