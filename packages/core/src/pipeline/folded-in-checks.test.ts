import { beforeAll, describe, expect, it } from 'vitest';
import { tableColumns } from './testing/table-columns.js';

/** AdventureWorks writes its code lists through UPPER(), with or without an IS NULL guard. */
const DDL = `CREATE TABLE product (
  id int PRIMARY KEY,
  person_type nchar(2) NOT NULL CHECK (UPPER(person_type) IN ('SC', 'VC', 'IN', 'EM')),
  product_line nchar(2) NULL CHECK (UPPER(product_line) IN ('S', 'T', 'M', 'R') OR product_line IS NULL),
  style nchar(2) NULL CHECK (style IS NULL OR lower(style) IN ('w', 'm', 'u'))
);`;

const ROWS = 400;
let column: (name: string) => unknown[] = () => [];

describe('UPPER(col) IN (…) and lower(col) IN (…) draw from the list', () => {
  beforeAll(async () => {
    column = await tableColumns(DDL, ROWS);
  });

  it.each([
    ['person_type', ['SC', 'VC', 'IN', 'EM']],
    ['product_line', ['S', 'T', 'M', 'R']],
    ['style', ['w', 'm', 'u']],
  ])('%s takes only the listed values, mostly not NULL (the redraws had ended on NULL, or exit 4)', (name, values) => {
    const drawn = column(name).filter((v) => v !== null);
    expect(drawn.length).toBeGreaterThan(ROWS * 0.8);
    expect(new Set(drawn)).toEqual(new Set(values));
  });
});
