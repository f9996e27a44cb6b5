import { describe, expect, it } from 'vitest';
import type { Column, ColumnDefault, LogicalType, Table } from '../../schema/index.js';
import { epochUnitOf, instantKey, isInstantName } from './epoch-names.js';
import { wordsOf } from './column-context.js';

const INT: LogicalType = { kind: 'int', bits: 32 };
const BIG: LogicalType = { kind: 'int', bits: 64 };
const col = (name: string, type: LogicalType = INT, def?: ColumnDefault): Column => ({ name, type, nullable: true, ...(def ? { default: def } : {}) });
const table = (...columns: Column[]): Table => ({ name: 't', columns, primaryKey: [], uniques: [], foreignKeys: [], checks: [], indexes: [] } as unknown as Table);
const unit = (c: Column, t: Table = table(c)): string | undefined => epochUnitOf(t, c);
const clock = (sql: string): ColumnDefault => ({ kind: 'expression', sql });

describe('isInstantName', () => {
  it('reads instants from their endings and whole names', () => {
    for (const n of ['created_at', 'deletedAt', 'expires_ts', 'create_time', 'updated_on', 'sent_epoch', 'timestamp', 'created', 'lastModified', 'last_seen_ms', 'event_timestamp', 'mtime', 'ts', 'createdAtMillis']) {
      expect(isInstantName(wordsOf(n)), n).toBe(true);
    }
  });

  it('leaves spans of time, counts and words that only look alike', () => {
    for (const n of ['time_spent', 'response_time_ms', 'timeout', 'times_viewed', 'at_bats', 'prep_time', 'turned_on', 'duration_ms', 'ttl', 'elapsed_ts', 'deleted', 'time', 'birth_ts', 'at', 'uptime_ms']) {
      expect(isInstantName(wordsOf(n)), n).toBe(false);
    }
  });
});

describe('instantKey', () => {
  it('leaves off the milliseconds word and an epoch ending, keeping `at`', () => {
    expect(instantKey('updated_ts')).toBe('updated');
    expect(instantKey('createdAtMs')).toBe('created_at');
    expect(instantKey('expires_epoch')).toBe('expires');
    expect(instantKey('ts')).toBe('ts');
    expect(instantKey('update_time')).toBe('updated_time');
  });
});

describe('epochUnitOf', () => {
  it('gives seconds, or milliseconds when the name or DEFAULT says so and the type holds them', () => {
    expect(unit(col('created_at'))).toBe('epochSeconds');
    expect(unit(col('last_seen_ms', BIG))).toBe('epochMillis');
    expect(unit(col('stamp', BIG, clock('(unixepoch() * 1000)')))).toBe('epochMillis');
    expect(unit(col('stamp', BIG, clock("(strftime('%s','now') * 1000)")))).toBe('epochMillis');
    expect(unit(col('x', INT, clock('(UNIX_TIMESTAMP())')))).toBe('epochSeconds');
    expect(unit(col('x', BIG, clock('extract(epoch from now())')))).toBe('epochSeconds');
  });

  it('writes seconds where milliseconds do not fit (32 bits), and nothing in types under 32 bits or MySQL YEAR', () => {
    expect(unit(col('last_seen_ms', INT))).toBe('epochSeconds');
    expect(unit(col('created_at', { kind: 'int', bits: 24 }))).toBeUndefined();
    expect(unit(col('created_at', { kind: 'int', bits: 16 }))).toBeUndefined();
    expect(unit(col('created_at', { kind: 'int', bits: 32, year: true }))).toBeUndefined();
    expect(unit(col('created_at', { kind: 'decimal', precision: 12, scale: 0 }))).toBeUndefined();
  });

  it('is not an instant for other clock DEFAULTs or spans, nor where a CHECK compares it with a number beyond day numbers', () => {
    expect(unit(col('x', INT, clock('CURRENT_TIMESTAMP')))).toBeUndefined();
    expect(unit(col('response_time_ms', BIG))).toBeUndefined();
    const c = col('created_at');
    const checked = { ...table(c), checks: [{ sql: 'created_at > 1500000000', expr: { kind: 'binary', op: '>', left: { kind: 'column', name: 'created_at' }, right: { kind: 'literal', value: 1500000000 } } }] } as unknown as Table;
    expect(unit(c, checked)).toBeUndefined();
    const small = { ...checked, checks: [{ sql: 'created_at > 0', expr: { kind: 'binary', op: '>', left: { kind: 'column', name: 'created_at' }, right: { kind: 'literal', value: 0 } } }] } as unknown as Table;
    expect(unit(c, small)).toBe('epochSeconds');
  });
});
