import { describe, expect, it } from 'vitest';
import type { ColumnSpec, GeneratorName, Plan } from '../../plan/index.js';
import { ColumnSpecSchema } from '../../plan/index.js';
import type { LogicalType, Value } from '../../schema/index.js';
import { generate } from '../generate.js';
import { GENERATOR_VERSION } from '../generator-version.js';
import { col, date, fk, int, schemaOf, table, text } from './schema-builder.js';

/** One column per generator: the golden file pins every generator's output for this version. */
const CASES: Record<GeneratorName, readonly [LogicalType, ColumnSpec]> = {
  sequence: [int, { generator: 'sequence', start: 10, step: 5 }],
  int: [int, { generator: 'int', min: 1, max: 100, skew: 'small' }],
  number: [{ kind: 'decimal', precision: 8, scale: 2 }, { generator: 'number', min: 1, max: 500, style: 'price' }],
  boolean: [{ kind: 'boolean' }, { generator: 'boolean', trueRate: 0.7 }],
  enum: [text(10), { generator: 'enum', values: ['a', 'b', 'c'], weights: [0.6, 0.3, 0.1] }],
  firstName: [text(40), { generator: 'firstName' }],
  lastName: [text(40), { generator: 'lastName' }],
  middleName: [text(40), { generator: 'middleName' }],
  fullName: [text(80), { generator: 'fullName' }],
  gender: [text(10), { generator: 'gender' }],
  honorific: [text(4), { generator: 'honorific' }],
  email: [text(120), { generator: 'email', firstColumn: 'firstName', lastColumn: 'lastName', unique: true }],
  username: [text(40), { generator: 'username', firstColumn: 'firstName', lastColumn: 'lastName' }],
  phone: [text(20), { generator: 'phone' }],
  address: [text(200), { generator: 'address', field: 'full' }],
  vocabulary: [text(100), { generator: 'vocabulary', name: 'jobTitle' }],
  identifier: [text(20), { generator: 'identifier', kind: 'isbn13' }],
  pattern: [text(20), { generator: 'pattern', like: 'SKU-%-__', unique: true }],
  regex: [text(30), { generator: 'regex', pattern: '^[A-Z]{2}(-[0-9]{2,4}|_x)?[[:lower:]]+$' }],
  url: [text(200), { generator: 'url', fromColumn: 'vocabulary' }],
  text: [text(120), { generator: 'text', kind: 'review', maxLength: 120 }],
  date: [date, { generator: 'date', from: '2020-01-01', to: '2025-12-31' }],
  birthDate: [date, { generator: 'birthDate', minAge: 18, maxAge: 90 }],
  timestamp: [{ kind: 'timestamp', withTimeZone: false }, { generator: 'timestamp', from: '2024-01-01', to: '2025-01-01' }],
  time: [{ kind: 'time' }, { generator: 'time', fromHour: 8, toHour: 18 }],
  after: [date, { generator: 'after', column: 'date', minGap: 1, maxGap: 30, strict: false }],
  formula: [{ kind: 'decimal', precision: 10, scale: 2 }, { generator: 'formula', sum: [{ column: 'int', times: 'number' }, { column: 'number', minus: true }] }],
  uuid: [{ kind: 'uuid' }, { generator: 'uuid' }],
  json: [{ kind: 'json', binary: true }, { generator: 'json' }],
  network: [{ kind: 'string', variant: 'varchar', length: 43, format: 'cidr' }, { generator: 'network', kind: 'cidr' }],
  xml: [{ kind: 'string', variant: 'text', format: 'xml' }, { generator: 'xml' }],
  bytes: [{ kind: 'bytes' }, { generator: 'bytes', length: 6 }],
  array: [{ kind: 'array', element: text() }, { generator: 'array', element: 'word', minLength: 1, maxLength: 3 }],
  constant: [int, { generator: 'constant', value: 7 }],
  foreignKey: [int, { generator: 'foreignKey' }],
  reference: [int, { generator: 'reference', table: 'parent', column: 'id' }],
};

const names = Object.keys(CASES) as GeneratorName[];
const goldenSchema = () => schemaOf(
  table('parent', [col('id', int)], { primaryKey: { columns: ['id'] } }),
  table('golden', names.map((n) => col(n, CASES[n][0])), { foreignKeys: [fk(['foreignKey'], 'parent', ['id'])] }),
);

function goldenPlan(seed: string): Plan {
  const columns = Object.fromEntries(names.map((n) => [n, ColumnSpecSchema.parse(CASES[n][1])]));
  return {
    format: 'rowforge.plan', version: 1, seed, referenceDate: '2026-01-01', locale: 'en_US', defaultRows: 12,
    tables: {
      parent: { rows: 5, columns: { id: { generator: 'sequence', start: 1, step: 1 } }, foreignKeys: [] },
      golden: { rows: 12, columns, foreignKeys: [{ columns: ['foreignKey'], references: 'parent(id)', distribution: { kind: 'uniform' }, nullRate: 0 }] },
    },
  };
}

const show = (v: Value): unknown => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v);

describe(`golden output, generator version ${GENERATOR_VERSION}`, () => {
  it('has a case for every generator', () => {
    const all = ColumnSpecSchema.options.map((o) => o.shape.generator.value);
    expect(names.sort()).toEqual([...all].sort());
  });

  it('matches the pinned values for seeds 42 and 1337', async () => {
    const schema = goldenSchema();
    const out: Record<string, Record<string, unknown[]>> = {};
    for (const seed of ['42', '1337']) {
      const data = generate(schema, goldenPlan(seed));
      const golden = data.tables.find((t) => t.table.name === 'golden');
      const rows = [...(golden?.batches() ?? [])].flat();
      out[seed] = Object.fromEntries(names.map((n, i) => [n, rows.map((r) => show(r[i] ?? null))]));
    }
    await expect(JSON.stringify(out, null, 1)).toMatchFileSnapshot(`./__golden__/generators-v${GENERATOR_VERSION}.json`);
  });
});
