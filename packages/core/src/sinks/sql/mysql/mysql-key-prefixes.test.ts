import { describe, expect, it } from 'vitest';
import { MYSQL_MAX_KEY_BYTES, mysqlKeyPrefixes } from './mysql-key-prefixes.js';

/** Bytes the key takes in utf8mb4 with the given prefixes (whole columns at their length). */
function keyBytes(types: readonly string[], prefixes: readonly (number | undefined)[]): number {
  return types.reduce((sum, t, i) => {
    const n = Number(/\((\d+)\)/.exec(t)?.[1] ?? (t.endsWith('TEXT') ? 191 : 0));
    const per = /BINARY|BLOB/.test(t) ? 1 : 4;
    return sum + (n === 0 ? 32 : (prefixes[i] ?? n) * per);
  }, 0);
}

describe('mysqlKeyPrefixes', () => {
  it('leaves a key that fits alone, keeping a declared prefix shorter than the column and prefixing TEXT', () => {
    expect(mysqlKeyPrefixes(['INT', 'VARCHAR(100)'], [])).toEqual([undefined, undefined]);
    expect(mysqlKeyPrefixes(['VARCHAR(500)', 'VARCHAR(500)', 'VARCHAR(500)'], [100, 100, 100])).toEqual([100, 100, 100]);
    expect(mysqlKeyPrefixes(['VARCHAR(50)', 'TEXT'], [80, 20])).toEqual([undefined, 20]);
    expect(mysqlKeyPrefixes(['TEXT', 'BLOB'], [])).toEqual([191, 255]);
  });

  it('shares 3072 bytes among string parts when the whole columns pass it, the short ones whole', () => {
    expect(mysqlKeyPrefixes(Array<string>(4).fill('VARCHAR(255)'), [])).toEqual([192, 192, 192, 192]);
    expect(mysqlKeyPrefixes(['VARCHAR(2048)'], [])).toEqual([768]);
    expect(mysqlKeyPrefixes(['CHAR(10)', 'VARCHAR(1000)', 'VARBINARY(3000)'], [])).toEqual([undefined, 379, 1516]);
  });

  it('always fits, whatever the mix', () => {
    const mixes = [
      ['VARCHAR(16383)', 'VARCHAR(16383)', 'INT', 'DATETIME(3)'],
      Array<string>(16).fill('VARCHAR(255)'),
      ['TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'VARCHAR(300)'],
      ['VARBINARY(65535)', 'CHAR(255)', 'CHAR(255)', 'CHAR(255)'],
    ];
    for (const types of mixes) expect(keyBytes(types, mysqlKeyPrefixes(types, []))).toBeLessThanOrEqual(MYSQL_MAX_KEY_BYTES);
  });
});
