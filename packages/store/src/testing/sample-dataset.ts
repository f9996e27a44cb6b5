import { generate, loadParsers, parseSchema, planFor, type GeneratedData, type Schema } from '@rowforge/core';
import type { NewDataset } from '../store-types.js';

/** A shop with every kind of constraint: keys, UNIQUE, CHECK, NOT NULL and a foreign key. */
export const SHOP_DDL = `
CREATE TABLE customers (id integer PRIMARY KEY, email text NOT NULL UNIQUE, age integer CHECK (age >= 18));
CREATE TABLE orders (
  id integer PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES customers (id),
  total numeric(10,2) NOT NULL CHECK (total >= 0),
  note text
);`;

/** The shop schema, parsed once per process. */
export async function shopSchema(): Promise<Schema> {
  await loadParsers();
  return parseSchema(SHOP_DDL, { dialect: 'postgres' }).schema;
}

/** A dataset of the shop: `customers` rows of customers, four orders per customer. */
export async function shopDataset(project: string, name: string, customers = 50, seed = 1): Promise<NewDataset> {
  const schema = await shopSchema();
  const plan = planFor(schema, { rowsFor: { customers, orders: customers * 4 }, seed });
  return { project, name, schema, plan, validation: null, data: generate(schema, plan) };
}

/** `data` with its last table's batches throwing part-way: a load that dies mid-COPY. */
export function failingMidway(data: GeneratedData): GeneratedData {
  const last = data.tables.at(-1);
  if (!last) return data;
  const broken = {
    ...last,
    *batches() {
      let n = 0;
      for (const b of last.batches()) {
        if (++n > 1) throw new Error('generator died mid-table');
        yield b;
      }
      throw new Error('generator died mid-table');
    },
  };
  return { ...data, tables: [...data.tables.slice(0, -1), broken] };
}
