import { describe, expect, it } from 'vitest';
import { nameLetters } from '../internal/ascii.js';
import { drawRows, rngAt } from '../internal/test-rng.js';
import { emailFrom, SAFE_EMAIL_DOMAINS, uniqueEmailLength, uniqueUsernameLength, username } from './email.js';
import { firstName, lastName } from './names.js';

const EMAIL = /^[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+$/;

describe('emailFrom', () => {
  it('derives a lower-case ASCII local part from the normalised names', () => {
    const rows = drawRows(5000, (r) => {
      const first = firstName(r);
      const last = lastName(r);
      return { first, last, email: emailFrom(r, first, last) };
    });
    for (const { first, last, email } of rows) {
      expect(email).toMatch(EMAIL);
      const local = email.split('@')[0] ?? '';
      const f = nameLetters(first);
      const l = nameLetters(last);
      expect(local.includes(f) || local.includes(l)).toBe(true);
      expect(local.startsWith(f.charAt(0)) || local.startsWith(l.charAt(0))).toBe(true);
      expect(SAFE_EMAIL_DOMAINS).toContain(email.split('@')[1]);
    }
  });

  it("strips accents, apostrophes, hyphens and spaces", () => {
    const emails = drawRows(300, (r) => emailFrom(r, 'José María', "O'Brien-Núñez"));
    for (const e of emails) {
      expect(e).toMatch(EMAIL);
      expect(e.includes('josemaria') || e.includes('obriennunez')).toBe(true);
    }
    expect(emailFrom(rngAt(0), 'Łukasz', 'Straße')).toMatch(/lukasz|strasse/);
  });

  it('uses the given domain', () => {
    for (const e of drawRows(100, (r) => emailFrom(r, 'Ann', 'Lee', { domain: 'acme.example.com' }))) expect(e.endsWith('@acme.example.com')).toBe(true);
  });

  it('is unique for distinct uniqueSuffix over 100k rows, even with identical names', () => {
    const same = drawRows(100_000, (r, row) => emailFrom(r, 'Maria', 'Garcia', { uniqueSuffix: row * 7919 + 3, domain: 'example.com' }));
    expect(new Set(same).size).toBe(100_000);
    const varied = drawRows(100_000, (r, row) => emailFrom(r, firstName(r), lastName(r), { uniqueSuffix: row }));
    expect(new Set(varied).size).toBe(100_000);
    for (const e of varied.slice(0, 1000)) expect(e).toMatch(EMAIL);
  });

  it('keeps the local part within 64 characters', () => {
    const e = emailFrom(rngAt(0), 'Bartholomew-Maximilian', 'Featherstonehaugh-Cholmondeley', { uniqueSuffix: 9_007_199_254_740_991 });
    expect((e.split('@')[0] ?? '').length).toBeLessThanOrEqual(64);
  });

  it('is deterministic', () => {
    expect(drawRows(100, (r) => emailFrom(r, 'Ann', 'Lee'))).toEqual(drawRows(100, (r) => emailFrom(r, 'Ann', 'Lee')));
  });
});

describe('username', () => {
  it('is lower-case ASCII from the names', () => {
    for (const u of drawRows(2000, (r) => username(r, firstName(r), lastName(r)))) expect(u).toMatch(/^[a-z][a-z0-9._]*$/);
  });

  it('is unique per uniqueSuffix', () => {
    const names = drawRows(100_000, (r, row) => username(r, 'Ann', 'Lee', row));
    expect(new Set(names).size).toBe(100_000);
  });
});

describe('maxLength', () => {
  it('cuts the names, never the suffix or the domain, so unique values fit and stay unique', () => {
    const emailMax = uniqueEmailLength(10_000);
    const emails = drawRows(10_000, (r, row) => emailFrom(r, firstName(r), lastName(r), { uniqueSuffix: row, maxLength: emailMax }));
    expect(emailMax).toBe(18);
    expect(emails.every((e) => EMAIL.test(e) && e.length <= emailMax && SAFE_EMAIL_DOMAINS.includes(e.split('@')[1] ?? ''))).toBe(true);
    expect(new Set(emails).size).toBe(10_000);
    const names = drawRows(10_000, (r, row) => username(r, firstName(r), lastName(r), row, uniqueUsernameLength(10_000)));
    expect(names.every((u) => /^[a-z][a-z._]*[0-9]+$/.test(u) && u.length <= 6 && !/[._]{2}/.test(u))).toBe(true);
    expect(new Set(names).size).toBe(10_000);
  });

  it('leaves values that fit as they were', () => {
    const plain = drawRows(500, (r, row) => emailFrom(r, firstName(r), lastName(r), { uniqueSuffix: row }));
    const fitted = drawRows(500, (r, row) => emailFrom(r, firstName(r), lastName(r), { uniqueSuffix: row, maxLength: 30 }));
    const long = plain.filter((e) => e.length > 30).length;
    expect(long).toBeGreaterThan(10);
    expect(fitted.every((e, i) => ((plain[i] ?? '').length <= 30 ? e === plain[i] : e.length <= 30 && e.split('@')[1] === plain[i]?.split('@')[1]))).toBe(true);
  });
});
