import { describe, expect, it } from 'vitest';
import { loadOrder, pickLateEdges, fkEdges, unbreakableCycles } from './schema-graph.js';
import type { Schema } from './schema.js';
import type { Column, ForeignKey, Table } from './table.js';

const int = (name: string, nullable = false): Column => ({ name, type: { kind: 'int', bits: 32 }, nullable } as unknown as Column);

function fk(columns: string[], refTable: string, deferrable = false): ForeignKey {
  return { columns, refTable, refColumns: ['id'], deferrable, initiallyDeferred: deferrable };
}

function table(name: string, cols: Column[], fks: ForeignKey[]): Table {
  return { name, columns: [int('id'), ...cols], primaryKey: { columns: ['id'] }, uniques: [], checks: [], foreignKeys: fks };
}

const schema = (...tables: Table[]): Schema => ({ tables } as unknown as Schema);

/** Sakila's cycle: store → staff (manager) and staff → store, both NOT NULL, not DEFERRABLE. */
const sakila = schema(
  table('store', [int('manager_staff_id')], [fk(['manager_staff_id'], 'staff')]),
  table('staff', [int('store_id')], [fk(['store_id'], 'store')]),
);

const edgeNames = (edges: readonly { child: string; parent: string }[]): string[] => edges.map((e) => `${e.child}->${e.parent}`);

describe('loadOrder: NOT NULL cycles with a non-DEFERRABLE edge', () => {
  it('picks the forward edge (parent declared later) as late and loads in declaration order', () => {
    const o = loadOrder(sakila);
    expect(edgeNames(o.lateEdges)).toEqual(['store->staff']);
    expect(o.tables).toEqual(['store', 'staff']);
    expect(o.deferrableEdges).toEqual([]);
    expect(o.deferredEdges).toEqual([]);
    expect(unbreakableCycles(sakila)).toHaveLength(1);
  });

  it('the choice follows the schema order, not the table names', () => {
    const swapped = schema(sakila.tables[1] as Table, sakila.tables[0] as Table);
    const o = loadOrder(swapped);
    expect(edgeNames(o.lateEdges)).toEqual(['staff->store']);
    expect(o.tables).toEqual(['staff', 'store']);
  });

  it('three-table cycle: one late edge; a nullable cycle edge is deferred instead; a DEFERRABLE cycle stays deferrable', () => {
    const three = schema(
      table('regions', [int('office_id')], [fk(['office_id'], 'offices')]),
      table('managers', [int('region_id')], [fk(['region_id'], 'regions')]),
      table('offices', [int('manager_id')], [fk(['manager_id'], 'managers')]),
    );
    expect(edgeNames(loadOrder(three).lateEdges)).toEqual(['regions->offices']);
    expect(loadOrder(three).tables).toEqual(['regions', 'managers', 'offices']);
    const nullable = schema(table('a', [int('b_id', true)], [fk(['b_id'], 'b')]), table('b', [int('a_id')], [fk(['a_id'], 'a')]));
    expect(loadOrder(nullable).lateEdges).toEqual([]);
    expect(edgeNames(loadOrder(nullable).deferredEdges)).toEqual(['a->b']);
    const deferrable = schema(table('a', [int('b_id')], [fk(['b_id'], 'b', true)]), table('b', [int('a_id')], [fk(['a_id'], 'a', true)]));
    expect(loadOrder(deferrable).lateEdges).toEqual([]);
    expect(loadOrder(deferrable).deferrableEdges).toHaveLength(2);
  });

  it('two cycles sharing a table: every cycle gets broken, and the result has no cycle left', () => {
    const s = schema(
      table('a', [int('b_id'), int('c_id')], [fk(['b_id'], 'b'), fk(['c_id'], 'c')]),
      table('b', [int('a_id')], [fk(['a_id'], 'a')]),
      table('c', [int('a_id')], [fk(['a_id'], 'a')]),
    );
    const o = loadOrder(s);
    expect(edgeNames(o.lateEdges)).toEqual(['a->b', 'a->c']);
    expect(o.tables).toEqual(['a', 'b', 'c']);
    const names = s.tables.map((t) => t.name);
    const late = new Set(edgeNames(o.lateEdges));
    expect(pickLateEdges(names, fkEdges(s).filter((e) => !late.has(`${e.child}->${e.parent}`)))).toEqual([]);
  });

  it('schemas without a NOT NULL cycle get no late edge', () => {
    const plain = schema(table('a', [], []), table('b', [int('a_id')], [fk(['a_id'], 'a')]));
    expect(loadOrder(plain)).toMatchObject({ tables: ['a', 'b'], lateEdges: [] });
  });
});
