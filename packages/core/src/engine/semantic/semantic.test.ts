import { describe, expect, it } from 'vitest';
import type { Rng } from '../rng.js';
import * as S from './index.js';
import { drawRows } from './internal/test-rng.js';

/** Every Rng-taking export, with typical arguments. */
const DRAWS: Readonly<Record<string, (rng: Rng) => unknown>> = {
  firstName: (r) => S.firstName(r), lastName: (r) => S.lastName(r), middleName: (r) => S.middleName(r),
  fullName: (r) => S.fullName(r), sex: (r) => S.sex(r), gender: (r) => S.gender(r),
  emailFrom: (r) => S.emailFrom(r, 'Ann', 'Lee'), username: (r) => S.username(r, 'Ann', 'Lee'),
  usLocation: (r) => S.usLocation(r), streetAddress: (r) => S.streetAddress(r), secondaryAddress: (r) => S.secondaryAddress(r),
  phone: (r) => S.phone(r, '415'), phoneFitting: (r) => S.phoneFitting(r, '415', 12), areaCodeFor: (r) => S.areaCodeFor(r),
  honorific: (r) => S.honorific(r),
  uuid: (r) => S.uuid(r), url: (r) => S.url(r), ipv4: (r) => S.ipv4(r),
  textFitting: (r) => S.textFitting(r, 200, 'review'), sentence: (r) => S.sentence(r, 120), paragraph: (r) => S.paragraph(r, 500),
  words: (r) => S.words(r, 3), dateBetween: (r) => S.dateBetween(r, 0, 20_000), birthDate: (r) => S.birthDate(r, 20_000),
  timeOfDay: (r) => S.timeOfDay(r, 8, 18), timestampBetween: (r) => S.timestampBetween(r, 0, 1.7e12),
  price: (r) => S.price(r, 1, 100, 2), amount: (r) => S.amount(r, 1, 1000, 2), rating: (r) => S.rating(r, 1, 5), quantity: (r) => S.quantity(r, 1, 9),
  ...S.VOCABULARIES,
};

describe('semantic library', () => {
  it.each(Object.keys(DRAWS))('%s is a pure function of the Rng inputs', (name) => {
    const draw = DRAWS[name] as (rng: Rng) => unknown;
    const a = drawRows(300, draw, name);
    const b = drawRows(300, draw, name);
    expect(b).toEqual(a);
    const rows = [299, 3, 150, 0];
    expect(rows.map((row) => drawRows(row + 1, draw, name)[row])).toEqual(rows.map((row) => a[row]));
  });

  it('index-based identifiers are pure functions of the index', () => {
    expect(S.isbn13(77)).toBe(S.isbn13(77));
    expect(S.uniqueToken(77, 8)).toBe(S.uniqueToken(77, 8));
    expect(S.licenseNumber(77, 9)).toBe(S.licenseNumber(77, 9));
    expect(S.sku(77)).toBe(S.sku(77));
  });
});
