import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor, validatePlan } from '../plan/index.js';
import type { ColumnSpec } from '../plan/index.js';
import type { Schema, Value } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

const fixture = (name: string): Schema =>
  parseSchema(readFileSync(resolve(import.meta.dirname, '../../../../../shared/fixtures/ddl', name), 'utf8')).schema;
const specOf = (ddl: string, table: string, column: string): ColumnSpec | undefined =>
  planFor(parseSchema(ddl).schema, { rows: 10 }).tables[table]?.columns[column];

/** Sentences only a negative / a positive review says. */
const NEGATIVE = /Won't recommend|Would not recommend|Not worth the money|Very disappointing|Expected much better|won't be back|Waited|Our order was|Portions were small/i;
const POSITIVE = /Would (definitely|absolutely) recommend|Will (definitely|absolutely) recommend|Five stars|Highly recommend|Exceeded my expectations|value for the price|(We'll|We will) (definitely|absolutely) be back|Best |portions were generous/i;

describe('review text follows its row\'s rating and its subject', () => {
  beforeAll(async () => { await loadParsers(); });

  it('plans restaurants.ddl Reviews.review_text by rating and about restaurants', () => {
    const plan = planFor(fixture('restaurants.ddl'), { rows: 100 });
    expect(plan.tables['Reviews']?.columns['review_text']).toMatchObject({ generator: 'text', kind: 'review', ratingColumn: 'rating', subject: 'restaurant' });
  });

  it('generates restaurant reviews whose tone agrees with the rating', () => {
    const schema = fixture('restaurants.ddl');
    const t = generate(schema, planFor(schema, { rows: 2000, seed: 3 })).tables.find((x) => x.table.name === 'Reviews');
    if (!t) throw new Error('no Reviews');
    const names = t.table.columns.map((c) => c.name);
    const rows: [Value, Value][] = [...t.batches()].flat().map((r) => [r[names.indexOf('rating')] ?? null, r[names.indexOf('review_text')] ?? null]);
    const texts = rows.filter(([, text]) => text !== null);
    expect(texts.length).toBeGreaterThan(1500);
    for (const [rating, text] of texts) {
      const review = String(text);
      if (Number(rating) <= 2) expect(review, `rating ${String(rating)}`).not.toMatch(POSITIVE);
      if (Number(rating) >= 4) expect(review, `rating ${String(rating)}`).not.toMatch(NEGATIVE);
      expect(review).not.toMatch(/\b(jacket|tent|assemble|shipping|blender|backpack|arrived (on time|early|quickly))\b/i);
    }
    expect(texts.filter(([r, text]) => Number(r) <= 2 && NEGATIVE.test(String(text))).length).toBeGreaterThan(400);
  });

  it("reads the rating scale from the rating column's plan (stars 1–10: a 4 is low, an 8 high)", () => {
    const schema = parseSchema('CREATE TABLE reviews (id int PRIMARY KEY, stars int NOT NULL, review text NOT NULL)').schema;
    const plan = planFor(schema, { rows: 2000, seed: 5 });
    const columns = plan.tables['reviews']?.columns;
    if (!columns) throw new Error('no reviews plan');
    columns['stars'] = { generator: 'int', min: 1, max: 10, skew: 'uniform' };
    const t = generate(schema, plan).tables[0];
    const rows = [...(t?.batches() ?? [])].flat();
    const at = (stars: number): string[] => rows.filter((r) => r[1] === stars).map((r) => String(r[2]));
    expect(at(4).filter((text) => POSITIVE.test(text))).toEqual([]);
    expect(at(8).filter((text) => NEGATIVE.test(text))).toEqual([]);
    expect(at(4).filter((text) => NEGATIVE.test(text)).length).toBeGreaterThan(at(4).length / 3);
  });

  it('reads the scale of a rating planned as a list of numbers (CHECK (rating IN (1, …, 10)))', () => {
    const schema = parseSchema('CREATE TABLE products (id int PRIMARY KEY); CREATE TABLE product_reviews (id int PRIMARY KEY, product_id int REFERENCES products (id), rating int NOT NULL CHECK (rating IN (1,2,3,4,5,6,7,8,9,10)), review text NOT NULL)').schema;
    const plan = planFor(schema, { rows: 3000, seed: 5 });
    expect(plan.tables['product_reviews']?.columns['rating']).toMatchObject({ generator: 'enum' });
    const t = generate(schema, plan).tables.find((x) => x.table.name === 'product_reviews');
    const rows = [...(t?.batches() ?? [])].flat();
    const at = (r: number): string[] => rows.filter((row) => row[2] === r).map((row) => String(row[3]));
    expect(at(4).filter((text) => POSITIVE.test(text))).toEqual([]);
    expect(at(4).filter((text) => NEGATIVE.test(text)).length).toBeGreaterThan(at(4).length / 3);
  });

  it("describes a restaurant's menu items as dishes, not goods (before: tents and organic cotton on the menu)", () => {
    const schema = fixture('restaurants.ddl');
    const plan = planFor(schema, { rows: 1000, seed: 4 });
    expect(plan.tables['Menu']?.columns['description']).toMatchObject({ generator: 'text', kind: 'description', subject: 'restaurant' });
    const t = generate(schema, plan).tables.find((x) => x.table.name === 'Menu');
    const at = t?.table.columns.findIndex((c) => c.name === 'description') ?? -1;
    const texts = [...(t?.batches() ?? [])].flat().map((r) => r[at]).filter((v) => v !== null).map(String);
    expect(texts.length).toBeGreaterThan(800);
    for (const text of texts) expect(text).not.toMatch(/\b(tent|jacket|cotton|washable|warranty|colors and sizes|battery)\b/i);
    const generic = specOf('CREATE TABLE products (id int PRIMARY KEY, description text)', 'products', 'description');
    expect(generic).not.toHaveProperty('subject');
    expect(specOf('CREATE TABLE restaurants (id int PRIMARY KEY, description text)', 'restaurants', 'description')).not.toHaveProperty('subject');
  });

  it('reads the subject from the column, the table or the tables referred to', () => {
    const products = 'CREATE TABLE products (id int PRIMARY KEY, name text); ';
    expect(specOf(`${products}CREATE TABLE feedback (id int PRIMARY KEY, product_id int REFERENCES products (id), stars decimal(2,1), review text)`, 'feedback', 'review'))
      .toMatchObject({ kind: 'review', ratingColumn: 'stars', subject: 'product' });
    expect(specOf('CREATE TABLE menu_item_reviews (id int PRIMARY KEY, review_count int, rating_value int, review_text text)', 'menu_item_reviews', 'review_text'))
      .toMatchObject({ kind: 'review', ratingColumn: 'rating_value', subject: 'restaurant' });
    const hotel = specOf('CREATE TABLE hotels (id int PRIMARY KEY); CREATE TABLE reviews (id int PRIMARY KEY, hotel_id int REFERENCES hotels (id), review_count int, review text)', 'reviews', 'review');
    expect(hotel).toMatchObject({ kind: 'review' });
    expect(hotel).not.toHaveProperty('subject');
    expect(hotel).not.toHaveProperty('ratingColumn');
  });

  it('voices the body of a review table whose subject is clear: goods, and an employee\'s work (a performance review\'s comments were office chatter)', () => {
    const ddl = 'CREATE TABLE products (id int PRIMARY KEY); CREATE TABLE product_reviews (id int PRIMARY KEY, product_id int REFERENCES products (id), rating smallint CHECK (rating BETWEEN 1 AND 5), body text)';
    expect(specOf(ddl, 'product_reviews', 'body')).toMatchObject({ kind: 'review', ratingColumn: 'rating', subject: 'product' });
    const employees = 'CREATE TABLE employees (id int PRIMARY KEY); CREATE TABLE performance_reviews (id int PRIMARY KEY, employee_id int REFERENCES employees (id), rating int, comments text)';
    expect(specOf(employees, 'performance_reviews', 'comments')).toMatchObject({ kind: 'review', ratingColumn: 'rating', subject: 'employee' });
    const guests = 'CREATE TABLE guest_reviews (id int PRIMARY KEY, rating int, comments text)';
    expect(specOf(guests, 'guest_reviews', 'comments')).toMatchObject({ kind: 'comment' });
  });
});

describe("a project's description describes work", () => {
  beforeAll(async () => { await loadParsers(); });

  it('plans company_employee.ddl Projects.description about projects and writes no product copy (it was "Machine washable")', () => {
    const schema = fixture('company_employee.ddl');
    const plan = planFor(schema, { rows: 300, seed: 4 });
    expect(plan.tables['Projects']?.columns['description']).toMatchObject({ generator: 'text', kind: 'description', subject: 'project' });
    const t = generate(schema, plan).tables.find((x) => x.table.name === 'Projects');
    if (!t) throw new Error('no Projects');
    const at = t.table.columns.findIndex((c) => c.name === 'description');
    const texts = [...t.batches()].flat().map((r) => r[at]).filter((v) => v !== null).map(String);
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) expect(text).not.toMatch(/\b(washable|warranty|sizes|colors|rug|jacket|materials)\b/i);
  });

  it('refuses subject "project" on a review', () => {
    const ddl = 'CREATE TABLE project_reviews (id INT PRIMARY KEY, body TEXT);';
    const schema = parseSchema(ddl).schema;
    const plan = planFor(schema, { rows: 5 });
    const edited = { ...plan, tables: { project_reviews: { ...plan.tables['project_reviews']!, columns: { ...plan.tables['project_reviews']!.columns, body: { generator: 'text' as const, kind: 'review' as const, subject: 'project' as const } } } } };
    expect(() => validatePlan(schema, edited)).toThrow(expect.objectContaining({ code: 'PLAN_INVALID' }));
  });
});
