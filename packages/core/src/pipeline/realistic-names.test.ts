import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor, type ColumnSpec } from '../plan/index.js';
import type { Dialect, Value } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { columnValues } from './testing/column-values.js';

beforeAll(async () => { await loadParsers(); });

const ROWS = 1000;

/** The inferred specs and generated values of one table. */
function run(ddl: string, table: string, dialect: Dialect = 'mysql') {
  const schema = parseSchema(ddl, { dialect }).schema;
  const plan = planFor(schema, { rows: ROWS });
  const data = generate(schema, plan);
  const specs: Record<string, ColumnSpec> = plan.tables[table]?.columns ?? {};
  return { specs, values: (column: string): Value[] => columnValues(data, table, column) };
}

const nonNull = (vs: readonly Value[]) => vs.filter((v) => v !== null);
const share = (vs: readonly Value[], v: Value) => vs.filter((x) => x === v).length / vs.length;

/** Pairs of values, rows where either is NULL left out. */
function pairs(a: readonly Value[], b: readonly Value[]): [number, number][] {
  return a.flatMap((x, i) => (typeof x === 'number' && typeof b[i] === 'number' ? [[x, b[i]] as [number, number]] : []));
}

describe('ordered date pairs by name', () => {
  const ddl = `
    CREATE TABLE salaries (emp_no INT NOT NULL, salary INT NOT NULL, from_date DATE NOT NULL, to_date DATE NOT NULL, PRIMARY KEY (emp_no, from_date));
    CREATE TABLE Orders (OrderID INT PRIMARY KEY, OrderDate DATETIME, RequiredDate DATETIME, ShippedDate DATETIME);
    CREATE TABLE users (id INT PRIMARY KEY, date_joined DATETIME NOT NULL, last_login DATETIME);
    CREATE TABLE products (id INT PRIMARY KEY, created_at DATETIME NOT NULL, deleted_at DATETIME NULL);
    CREATE TABLE customer (customer_id INT PRIMARY KEY, create_date DATETIME NOT NULL, last_update DATETIME NOT NULL);
    CREATE TABLE price (id INT PRIMARY KEY, valid_from DATE NOT NULL, valid_to DATE);
    CREATE TABLE policy (id INT PRIMARY KEY, effective_date DATE NOT NULL, expiry_date DATE NOT NULL);
    CREATE TABLE spans (id INT PRIMARY KEY, created_at DATETIME NOT NULL, valid_from DATE, valid_to DATE, date_from DATE, date_to DATE,
      StartDate DATE, EndDate DATE);`;

  it.each([
    ['salaries', 'to_date', 'from_date'], ['Orders', 'RequiredDate', 'OrderDate'], ['Orders', 'ShippedDate', 'OrderDate'],
    ['users', 'last_login', 'date_joined'], ['products', 'deleted_at', 'created_at'], ['customer', 'last_update', 'create_date'],
    ['price', 'valid_to', 'valid_from'], ['policy', 'expiry_date', 'effective_date'],
    ['spans', 'valid_to', 'valid_from'], ['spans', 'date_to', 'date_from'], ['spans', 'EndDate', 'StartDate'],
  ])('%s.%s never comes before %s', (table, later, earlier) => {
    const { specs, values } = run(ddl, table);
    expect(specs[later]).toMatchObject({ generator: 'after', column: earlier });
    const both = pairs(values(earlier), values(later));
    expect(both.length).toBeGreaterThan(50);
    expect(both.filter(([a, b]) => b < a)).toEqual([]);
  });

  it('to_date is at least a day after from_date; a nullable deleted_at is mostly NULL', () => {
    const { specs, values } = run(ddl, 'products');
    expect(specs['deleted_at']).toMatchObject({ nullRate: 0.85 });
    expect(share(values('deleted_at'), null)).toBeGreaterThan(0.75);
    const salaries = run(ddl, 'salaries');
    expect(salaries.specs['to_date']).toMatchObject({ minGap: 1 });
  });
});

describe('prefixed and compound address names', () => {
  const ddl = `CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY,
    ship_address VARCHAR(60), ship_city VARCHAR(50), ship_state_province VARCHAR(50), ship_zip_postal_code VARCHAR(50), ship_country_region VARCHAR(50),
    BillingCity VARCHAR(40), BillingState VARCHAR(40), BillingCountry VARCHAR(40), ShipPostalCode VARCHAR(10), ShipRegion VARCHAR(15),
    comment_author_IP VARCHAR(100) NOT NULL DEFAULT '', ip_address VARCHAR(45), last_ip VARCHAR(45));`;

  it('reads the part after ship/billing and compounds such as state_province', () => {
    const { specs } = run(ddl, 'orders');
    const field = (c: string) => (specs[c]?.generator === 'address' ? specs[c].field : specs[c]?.generator);
    expect([field('ship_address'), field('ship_city'), field('ship_state_province'), field('ship_zip_postal_code'), field('ship_country_region')])
      .toEqual(['street', 'city', 'state', 'zip', 'country']);
    expect([field('BillingCity'), field('BillingState'), field('BillingCountry'), field('ShipPostalCode'), field('ShipRegion')])
      .toEqual(['city', 'state', 'country', 'zip', 'state']);
  });

  it('writes cities, state codes, ZIPs and IPv4 addresses', () => {
    const { specs, values } = run(ddl, 'orders');
    expect(nonNull(values('ship_state_province')).every((v) => /^[A-Z]{2}$/.test(String(v)))).toBe(true);
    expect(nonNull(values('ship_zip_postal_code')).every((v) => /^\d{5}$/.test(String(v)))).toBe(true);
    expect(nonNull(values('ship_city')).every((v) => !String(v).includes('.'))).toBe(true);
    for (const c of ['comment_author_IP', 'ip_address', 'last_ip']) {
      expect(specs[c]).toMatchObject({ generator: 'identifier', kind: 'ipv4' });
      expect(nonNull(values(c)).every((v) => /^\d{1,3}(\.\d{1,3}){3}$/.test(String(v)))).toBe(true);
    }
  });

  it('a country beside no city or ZIP is drawn from many countries; a CHAR(2) one gets codes', () => {
    const { values } = run('CREATE TABLE country (country_id SMALLINT PRIMARY KEY, country VARCHAR(50) NOT NULL);', 'country');
    expect(new Set(values('country')).size).toBeGreaterThan(20);
    const codes = run("CREATE TABLE suppliers (id INT PRIMARY KEY, country CHAR(2) NOT NULL DEFAULT 'US');", 'suppliers');
    expect(nonNull(codes.values('country')).every((v) => /^[A-Z]{2}$/.test(String(v)))).toBe(true);
    expect(share(codes.values('country'), 'US')).toBeGreaterThan(0.4);
  });
});

describe('string DEFAULTs and credential names', () => {
  const ddl = `CREATE TABLE wp_options (option_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    autoload VARCHAR(20) NOT NULL DEFAULT 'yes', post_status VARCHAR(20) NOT NULL DEFAULT 'publish',
    link_visible VARCHAR(20) NOT NULL DEFAULT 'Y', comment_approved VARCHAR(20) NOT NULL DEFAULT '1',
    comment_type VARCHAR(20) NOT NULL DEFAULT 'whatever', flag VARCHAR(10) NOT NULL DEFAULT 'Y', user_pass VARCHAR(255) NOT NULL DEFAULT '',
    password VARCHAR(40) NOT NULL, user_login VARCHAR(60) NOT NULL, LoginID VARCHAR(256) NOT NULL, slug VARCHAR(200) NOT NULL DEFAULT '',
    status VARCHAR(20) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'shipped')));`;

  it.each([
    ['autoload', ['yes', 'no']], ['post_status', ['publish', 'draft', 'pending', 'private', 'future']],
    ['link_visible', ['Y', 'N']], ['comment_approved', ['1', '0']], ['flag', ['Y', 'N']],
  ])('%s draws its DEFAULT most often, beside its known siblings', (column, allowed) => {
    const vs = run(ddl, 'wp_options').values(column);
    expect(vs.every((v) => allowed.includes(String(v)))).toBe(true);
    expect(share(vs, allowed[0] ?? '')).toBeGreaterThan(0.6);
  });

  it.each([
    ['comment_type', 'whatever'], ['title', 'Untitled'], ['bio', 'none'], ['category', 'general'], ['status', 'queued'],
  ])('%s keeps the guess its name gives: its DEFAULT %s belongs to no known family', (column, def) => {
    const ddl2 = `CREATE TABLE posts (id INT PRIMARY KEY, comment_type VARCHAR(20) NOT NULL DEFAULT 'whatever', title VARCHAR(100) DEFAULT 'Untitled',
      bio TEXT DEFAULT 'none', category VARCHAR(30) DEFAULT 'general', status VARCHAR(20) DEFAULT 'queued');`;
    const vs = nonNull(run(ddl2, 'posts').values(column));
    expect(new Set(vs).size).toBeGreaterThan(2);
    expect(share(vs, def)).toBeLessThan(0.1);
  });

  it('a family that does not fit the column is never drawn', () => {
    const { specs, values } = run("CREATE TABLE posts (id INT PRIMARY KEY, status VARCHAR(3) NOT NULL DEFAULT 'publish');", 'posts');
    expect(specs['status']).not.toMatchObject({ generator: 'enum' });
    expect(values('status').every((v) => String(v).length <= 3)).toBe(true);
  });

  it('a CHECK list outweighs the DEFAULT', () => {
    expect(run(ddl, 'wp_options').specs['status']).toMatchObject({ generator: 'enum', values: ['pending', 'paid', 'shipped'] });
  });

  it('password hashes fit the column; logins are usernames; slugs are words joined by hyphens', () => {
    const { specs, values } = run(ddl, 'wp_options');
    expect(values('user_pass').every((v) => /^\$2b\$10\$[./A-Za-z0-9]{53}$/.test(String(v)))).toBe(true);
    expect(values('password').every((v) => /^[0-9a-f]{40}$/.test(String(v)))).toBe(true);
    expect(specs['user_login']).toEqual({ generator: 'username' });
    expect(specs['LoginID']).toEqual({ generator: 'username' });
    expect(values('slug').every((v) => /^[a-z]+(-[a-z]+){1,3}$/.test(String(v)))).toBe(true);
  });

  it('a unique slug stays distinct', () => {
    const { values } = run('CREATE TABLE posts (id INT PRIMARY KEY, slug VARCHAR(80) NOT NULL UNIQUE);', 'posts');
    expect(new Set(values('slug')).size).toBe(ROWS);
  });
});

describe('integer flags and small DEFAULTs', () => {
  const ddl = `CREATE TABLE notes (id INTEGER PRIMARY KEY, pinned INTEGER NOT NULL DEFAULT 0, active INTEGER, is_public INT NOT NULL,
    has_children INT NOT NULL, user_status INT NOT NULL DEFAULT 0, revision_number SMALLINT NOT NULL DEFAULT 0, user_id BIGINT NOT NULL DEFAULT 0);`;

  it.each([['pinned', 0.15], ['active', 0.85], ['is_public', 0.5], ['has_children', 0.5]])('%s is 0 or 1', (column, rate) => {
    const { specs, values } = run(ddl, 'notes', 'sqlite');
    expect(specs[column]).toMatchObject({ generator: 'boolean', trueRate: rate });
    const vs = nonNull(values(column));
    expect(vs.every((v) => v === 0 || v === 1)).toBe(true);
    expect(Math.abs(share(vs, 1) - rate)).toBeLessThan(0.06);
  });

  it('an integer DEFAULT 0 gives small values, mostly 0; a reference-like name keeps its range', () => {
    const { specs, values } = run(ddl, 'notes', 'sqlite');
    expect(specs['user_status']).toEqual({ generator: 'int', min: 0, max: 5, skew: 'small' });
    expect(share(values('revision_number'), 0)).toBeGreaterThan(0.5);
    expect(specs['user_id']).toMatchObject({ generator: 'int', min: 1, max: 1000 });
  });
});

describe('names that only look like flags, addresses or IPs', () => {
  const ddl = `CREATE TABLE jobs (id INT PRIMARY KEY, uses_left INT NOT NULL, has_count INT NOT NULL, current_state VARCHAR(20) NOT NULL,
    current_city VARCHAR(40) NOT NULL, ip VARCHAR(7), last_ip CHAR(15) NOT NULL);`;

  it('a count after a flag verb is not 0/1', () => {
    const { specs, values } = run(ddl, 'jobs', 'sqlite');
    expect(specs['uses_left']?.generator).not.toBe('boolean');
    expect(specs['has_count']?.generator).not.toBe('boolean');
    expect(new Set(values('uses_left')).size).toBeGreaterThan(2);
  });

  it("a workflow's current_state is not a US state; current_city is a city", () => {
    const { specs } = run(ddl, 'jobs', 'sqlite');
    expect(specs['current_state']).not.toMatchObject({ generator: 'address' });
    expect(specs['current_city']).toEqual({ generator: 'address', field: 'city' });
  });

  it('an ip column too short for a whole address gets no cut addresses; CHAR(15) holds them', () => {
    const { specs, values } = run(ddl, 'jobs', 'sqlite');
    expect(specs['ip']).not.toMatchObject({ kind: 'ipv4' });
    expect(nonNull(values('ip')).every((v) => String(v).length <= 7 && !/^\d+\.\d+\./.test(String(v)))).toBe(true);
    expect(values('last_ip').every((v) => /^\d{1,3}(\.\d{1,3}){3}$/.test(String(v)))).toBe(true);
  });
});

describe('short columns', () => {
  it('a CHAR(20) language name is a language that fits whole', () => {
    const { specs, values } = run('CREATE TABLE language (language_id TINYINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, name CHAR(20) NOT NULL);', 'language');
    expect(specs['name']).toEqual({ generator: 'vocabulary', name: 'language' });
    expect(values('name').every((v) => String(v).length <= 20)).toBe(true);
  });

  it('a vocabulary value too long for the column is redrawn rather than cut mid-word', () => {
    const lastWord = (v: Value) => (String(v).split(' ').pop() ?? '').replace(/\.$/, '');
    const whole = new Set(run('CREATE TABLE vendor (id INT PRIMARY KEY, company_name VARCHAR(200) NOT NULL);', 'vendor').values('company_name').flatMap((v) => String(v).replace(/\./g, '').split(' ')));
    const short = run('CREATE TABLE vendor (id INT PRIMARY KEY, company_name VARCHAR(14) NOT NULL);', 'vendor').values('company_name');
    expect(short.every((v) => String(v).length <= 14)).toBe(true);
    // Words the long column never ended a value with are rare names ("Pierce"), not cuts ("Constructio").
    expect(short.filter((v) => !whole.has(lastWord(v))).length).toBeLessThan(short.length * 0.02);
  });
});
