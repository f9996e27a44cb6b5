import { describe, expect, it } from 'vitest';
import { canonicalizer, KeyEncoder } from './canonical-key.js';
import { fingerprint64 } from './fingerprint.js';
import { FingerprintStore } from './fingerprint-store.js';

describe('FingerprintStore', () => {
  it('grows past its capacity, sorts in unsigned 64-bit order and searches', () => {
    const s = new FingerprintStore(16);
    const values: [number, number][] = [];
    for (let i = 0; i < 1000; i++) values.push([(i * 2654435761) >>> 0, (i * 40503) >>> 0]);
    values.push([0xffffffff, 1], [0, 0]);
    for (const [hi, lo] of values) s.push(hi, lo);
    s.sort();
    expect(s.length).toBe(1002);
    for (let i = 1; i < s.length; i++) expect(s.compareAt(i - 1, s.hiAt(i), s.loAt(i))).toBeLessThanOrEqual(0);
    expect(s.hiAt(s.length - 1)).toBe(0xffffffff);
    for (const [hi, lo] of values) expect(s.has(hi, lo)).toBe(true);
    expect(s.has(1, 1)).toBe(false);
  });

  it('finds equal neighbours after sorting', () => {
    const s = new FingerprintStore();
    s.push(5, 5); s.push(1, 2); s.push(5, 5);
    s.sort();
    expect(s.equalAt(1, 2)).toBe(true);
    expect(s.lowerBound(5, 5)).toBe(1);
  });
});

describe('fingerprint64', () => {
  it('is stable and distinguishes near-identical texts', () => {
    const a = new Uint32Array(2);
    const b = new Uint32Array(2);
    fingerprint64('order-1', a);
    fingerprint64('order-2', b);
    expect([...a]).not.toEqual([...b]);
    fingerprint64('order-1', b);
    expect([...a]).toEqual([...b]);
  });

  it('has no collisions over 200,000 sequential keys', () => {
    const out = new Uint32Array(2);
    const s = new FingerprintStore();
    for (let i = 0; i < 200_000; i++) { fingerprint64(String(i), out); s.push(out[0]!, out[1]!); }
    s.sort();
    let dups = 0;
    for (let i = 1; i < s.length; i++) if (s.equalAt(i, i - 1)) dups++;
    expect(dups).toBe(0);
  });
});

describe('KeyEncoder', () => {
  const int = canonicalizer({ kind: 'int', bits: 32 });
  const dec = canonicalizer({ kind: 'decimal', precision: 6, scale: 2 });

  it('canonicalises spellings of the same key and is unambiguous across columns', () => {
    const k = new KeyEncoder([0, 1], [int, dec]);
    expect(k.encode(['007', '1.50'])).toBe(k.encode(['7', '1.5']));
    const t = new KeyEncoder([0, 1], [(x) => x, (x) => x]);
    expect(t.encode(['a|1:b', 'c'])).not.toBe(t.encode(['a', 'b|1:c']));
  });

  it('makes a key with any NULL or absent cell NULL', () => {
    expect(new KeyEncoder([0, 1], [int, int]).encode(['1', null])).toBeNull();
    expect(new KeyEncoder([0], [int]).encode([undefined])).toBeNull();
  });

  it('folds text keys with the target collation', () => {
    const text = { kind: 'string', variant: 'text' } as const;
    expect(canonicalizer(text, 'mysql')('Émile  ')).toBe('emile');
    expect(canonicalizer(text, 'mssql')('Émile ')).toBe('émile');
    expect(canonicalizer(text, 'postgres')('Émile ')).toBe('Émile ');
  });
});
