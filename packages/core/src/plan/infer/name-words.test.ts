import { describe, expect, it } from 'vitest';
import { wordsOf } from './column-context.js';
import { splitRunTogether } from './name-words.js';

describe('splitRunTogether', () => {
  it.each([
    ['billingcity', ['billing', 'city']], ['shipcountry', ['ship', 'country']], ['billingpostalcode', ['billing', 'postal', 'code']],
    ['postalcode', ['postal', 'code']], ['phonenumber', ['phone', 'number']], ['companyname', ['company', 'name']],
    ['emailaddress', ['email', 'address']], ['firstname', ['first', 'name']], ['lastname', ['last', 'name']],
    ['birthdate', ['birth', 'date']], ['createdat', ['created', 'at']], ['zipcode', ['zip', 'code']],
    ['addressline2', ['address', 'line2']], ['shiptocity', ['shipto', 'city']],
  ])('splits %s into the words it is run together from', (word, words) => {
    expect(splitRunTogether(word)).toEqual(words);
  });

  it.each(['hostname', 'filename', 'timestamp', 'password', 'surname', 'online', 'township', 'authorship', 'timeline', 'customerid', 'city', 'address1'])(
    'leaves %s whole (not a full cover, a word of its own, or a cover that reads it wrong)', (word) => {
      expect(splitRunTogether(word)).toEqual([word]);
    },
  );

  it('reads a folded name as its quoted CamelCase and snake_case spellings', () => {
    for (const name of ['BillingPostalCode', 'billing_postal_code', 'billingpostalcode', 'Billingpostalcode']) {
      expect(wordsOf(name)).toEqual(['billing', 'postal', 'code']);
    }
    expect(wordsOf('user_name')).toEqual(wordsOf('username'));
  });
});
