import { describe, expect, it } from 'vitest';
import { ColumnProfiler } from './column-profile.js';

describe('ColumnProfiler', () => {
  it('reports NULL share, exact distinct, typed min/max and the top values', () => {
    const p = new ColumnProfiler('qty', { kind: 'int', bits: 32 });
    for (const v of ['10', '9', '10', '100', '10', '9']) p.add(v, Number(v));
    p.addNull(); p.addNull();
    expect(p.result()).toEqual({
      column: 'qty', count: 6, nullPercent: 25, distinct: 3, distinctApproximate: false,
      min: '9', max: '100', top: [{ value: '10', count: 3 }, { value: '9', count: 2 }, { value: '100', count: 1 }], topApproximate: false,
    });
  });

  it('orders dates by value and enums by label order', () => {
    const d = new ColumnProfiler('d', { kind: 'date' });
    d.add('2020-05-01', { temporal: 'date', value: 18383 }); d.add('1999-12-31', { temporal: 'date', value: 10956 });
    expect([d.result().min, d.result().max]).toEqual(['1999-12-31', '2020-05-01']);
    const e = new ColumnProfiler('e', { kind: 'enum', values: ['low', 'mid', 'high'] });
    for (const v of ['mid', 'high', 'low']) e.add(v, v);
    expect([e.result().min, e.result().max]).toEqual(['low', 'high']);
  });

  it('switches to estimates past the exact cap and says so', () => {
    const p = new ColumnProfiler('id', { kind: 'int', bits: 32 }, 100);
    for (let i = 0; i < 20_000; i++) p.add(String(i % 10_000), i % 10_000);
    for (let i = 0; i < 500; i++) p.add('7', 7);
    const r = p.result();
    expect(r.distinctApproximate).toBe(true);
    expect(r.topApproximate).toBe(true);
    expect(Math.abs(r.distinct - 10_000) / 10_000).toBeLessThan(0.05);
    expect(r.top[0]?.value).toBe('7');
    expect([r.min, r.max]).toEqual(['0', '9999']);
  });

  it('has no min/max for unordered types and counts unparsed values', () => {
    const p = new ColumnProfiler('j', { kind: 'json', binary: true });
    p.add('{"a":1}', '{"a":1}'); p.add('oops', undefined);
    expect(p.result()).toMatchObject({ count: 2, distinct: 2, min: null, max: null });
  });

  it('reports 0% NULL for an empty column', () => {
    expect(new ColumnProfiler('x', { kind: 'boolean' }).result()).toMatchObject({ nullPercent: 0, distinct: 0, top: [] });
  });
});
