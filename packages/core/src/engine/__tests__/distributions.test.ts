import { describe, expect, it } from 'vitest';
import { planFor, type Distribution, type Plan } from '../../plan/index.js';
import type { GeneratedData, Value } from '../../schema/index.js';
import { generate } from '../generate.js';
import { col, fk, int, schemaOf, table } from './schema-builder.js';

const schema = () => schemaOf(
  table('parent', [col('id', int)], { primaryKey: { columns: ['id'] } }),
  table('child', [col('id', int), col('parent_id', int)], { primaryKey: { columns: ['id'] }, foreignKeys: [fk(['parent_id'], 'parent', ['id'])] }),
);

function withDistribution(plan: Plan, distribution: Distribution): Plan {
  const child = plan.tables['child']!;
  return { ...plan, tables: { ...plan.tables, child: { ...child, foreignKeys: child.foreignKeys.map((f) => ({ ...f, distribution })) } } };
}

function childrenPerParent(data: GeneratedData): Map<Value, number> {
  const child = data.tables.find((t) => t.table.name === 'child');
  const counts = new Map<Value, number>();
  for (const batch of child?.batches() ?? []) for (const r of batch) counts.set(r[1] ?? null, (counts.get(r[1] ?? null) ?? 0) + 1);
  return counts;
}

describe('children-per-parent distributions', () => {
  it('zipf gives a few parents most children', () => {
    const s = schema();
    const data = generate(s, withDistribution(planFor(s, { rows: 1000, rowsFor: { child: 20000 } }), { kind: 'zipf', s: 1.2 }));
    const sorted = [...childrenPerParent(data).values()].sort((a, b) => b - a);
    const top10 = sorted.slice(0, 10).reduce((a, b) => a + b, 0);
    expect(top10 / 20000).toBeGreaterThan(0.25);
  });

  it('uniform spreads children evenly', () => {
    const s = schema();
    const data = generate(s, planFor(s, { rows: 1000, rowsFor: { child: 20000 } }));
    const sorted = [...childrenPerParent(data).values()].sort((a, b) => b - a);
    expect(sorted.slice(0, 10).reduce((a, b) => a + b, 0) / 20000).toBeLessThan(0.02);
  });

  it('poisson derives the child row count and keeps the mean', () => {
    const s = schema();
    const data = generate(s, withDistribution(planFor(s, { rows: 2000 }), { kind: 'poisson', mean: 4 }));
    const child = data.tables.find((t) => t.table.name === 'child');
    const counts = childrenPerParent(data);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(child?.rowCount).toBe(total);
    expect(total / 2000).toBeGreaterThan(3.8);
    expect(total / 2000).toBeLessThan(4.2);
    expect(counts.size).toBeLessThan(2000);
  });
});
