import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor, type ColumnSpec } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { columnValues } from './testing/column-values.js';

beforeAll(async () => { await loadParsers(); });

/** The inferred spec of every column, as `table.column`, and a generator of values. */
function run(ddl: string, rows = 200) {
  const schema = parseSchema(ddl, { dialect: 'postgres' }).schema;
  const plan = planFor(schema, { rows });
  const spec = (at: string): ColumnSpec | undefined => {
    const [t = '', c = ''] = at.split('.');
    return plan.tables[t]?.columns[c];
  };
  return { spec, values: (at: string) => { const [t = '', c = ''] = at.split('.'); return columnValues(generate(schema, plan), t, c); } };
}

const vocabulary = (s: ColumnSpec | undefined) => (s?.generator === 'vocabulary' ? s.name : s?.generator);
const tables = (names: readonly string[]) => names.map((n) => `CREATE TABLE ${n} (id INT PRIMARY KEY, name VARCHAR(80) NOT NULL);`).join('\n');

describe('names of what a table holds', () => {
  const names = {
    plans: 'planName', subscription_plans: 'planName', roles: 'roleName', user_roles: 'roleName', project_roles: 'projectRole',
    permissions: 'permission', regions: 'salesRegion', teams: 'teamName', courses: 'courseName', events: 'eventName',
    venues: 'venueName', features: 'feature', skills: 'skill', employee_skills: 'skill', playlists: 'playlistName',
    channels: 'chatChannel', sales_channels: 'salesChannel', marketing_channels: 'marketingChannel', campaigns: 'campaignName',
    boards: 'boardName', labels: 'issueLabel', groups: 'groupName', user_groups: 'groupName', warehouses: 'warehouseName',
    organizations: 'company', suppliers: 'company', brands: 'company', workspaces: 'company', team_members: 'fullName',
    customers: 'fullName', stores: 'branchName',
  } as const;

  it.each(Object.entries(names))('%s.name is a %s', (table, expected) => {
    expect(vocabulary(run(tables([table])).spec(`${table}.name`))).toBe(expected);
  });

  it.each([
    'payroll', 'planets', 'floorplans', 'meal_plans', 'loyalty_tiers', 'prevent_rules', 'steam_games', 'golf_courses',
    'record_labels', 'age_groups', 'audit_events', 'analytics_events', 'tv_channels', 'recourses', 'shipping_labels',
  ])('%s.name keeps its company names: the word is part of another or the table is something else', (table) => {
    expect(vocabulary(run(tables([table])).spec(`${table}.name`))).toBe('company');
  });

  it('a sports team is named like one', () => {
    const ddl = 'CREATE TABLE teams (team_id INT PRIMARY KEY, name TEXT NOT NULL UNIQUE, founded INT, captain_id INT);';
    expect(vocabulary(run(ddl).spec('teams.name'))).toBe('sportsTeam');
  });
});

describe('names of a column\'s subject', () => {
  const ddl = `
    CREATE TABLE staff (id INT PRIMARY KEY, role_name VARCHAR(40), team_name VARCHAR(40), region VARCHAR(40), skill VARCHAR(40),
      permission VARCHAR(40), plan_name VARCHAR(30), territory VARCHAR(40));
    CREATE TABLE enrollments (id INT PRIMARY KEY, course_name VARCHAR(60), course_title VARCHAR(60), event_name VARCHAR(60), venue VARCHAR(60));
    CREATE TABLE courses (id INT PRIMARY KEY, title VARCHAR(120) NOT NULL);
    CREATE TABLE events (id INT PRIMARY KEY, title VARCHAR(120) NOT NULL, venue_name VARCHAR(80));
    CREATE TABLE labels (id INT PRIMARY KEY, label VARCHAR(40));
    CREATE TABLE users (id INT PRIMARY KEY, role VARCHAR(30));
    CREATE TABLE employee_projects (id INT PRIMARY KEY, role VARCHAR(30));
    CREATE TABLE orders (id INT PRIMARY KEY, channel VARCHAR(30));
    CREATE TABLE leads (id INT PRIMARY KEY, channel VARCHAR(30));
    CREATE TABLE customers (id INT PRIMARY KEY, city VARCHAR(40), region VARCHAR(20));`;
  let planned: ReturnType<typeof run> | undefined;
  const spec = (at: string) => (planned ??= run(ddl)).spec(at);

  it.each([
    ['staff.role_name', 'roleName'], ['staff.team_name', 'teamName'], ['staff.region', 'salesRegion'], ['staff.skill', 'skill'],
    ['staff.permission', 'permission'], ['staff.plan_name', 'planName'], ['staff.territory', 'salesRegion'],
    ['enrollments.course_name', 'courseName'], ['enrollments.course_title', 'courseName'], ['enrollments.event_name', 'eventName'],
    ['enrollments.venue', 'venueName'], ['courses.title', 'courseName'], ['events.title', 'eventName'], ['events.venue_name', 'venueName'],
    ['labels.label', 'issueLabel'], ['users.role', 'roleName'], ['employee_projects.role', 'projectRole'],
    ['orders.channel', 'salesChannel'], ['leads.channel', 'marketingChannel'],
  ])('%s is a %s', (at, expected) => {
    expect(vocabulary(spec(at))).toBe(expected);
  });

  it('a DEFAULT role is drawn most often, with other role keys in its case; a DEFAULT channel is left to the DEFAULT', () => {
    const ddl = `CREATE TABLE users (id INT PRIMARY KEY, role VARCHAR(20) NOT NULL DEFAULT 'user');
      CREATE TABLE orders (id INT PRIMARY KEY, channel VARCHAR(20) DEFAULT 'web');`;
    const { spec: specOf } = run(ddl);
    expect(specOf('users.role')).toMatchObject({ generator: 'enum', values: ['user', 'admin', 'member', 'editor', 'viewer'] });
    expect(vocabulary(specOf('orders.channel'))).not.toBe('salesChannel');
  });

  it('a region beside a city is still a state', () => {
    expect(spec('customers.region')).toMatchObject({ generator: 'address', field: 'state' });
  });
});

describe('values', () => {
  it('a UNIQUE name stays distinct at thousands of rows and fits its column', () => {
    const ddl = 'CREATE TABLE roles (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL UNIQUE);';
    const values = run(ddl, 3000).values('roles.name').map(String);
    expect(new Set(values).size).toBe(3000);
    expect(values.every((v) => v.length <= 20)).toBe(true);
    expect(values.filter((v) => /^(Admin|Member|Viewer|Editor|Owner) [A-Z0-9]+$/.test(v)).length).toBeGreaterThan(300);
  });

  it('short columns get values that fit, nearly all of them whole', () => {
    const ddl = 'CREATE TABLE warehouses (id INT PRIMARY KEY, name VARCHAR(22) NOT NULL);';
    const values = run(ddl, 500).values('warehouses.name').map(String);
    expect(values.every((v) => v.length <= 22)).toBe(true);
    expect(values.filter((v) => / (Warehouse|Depot|Center|Cross-Dock|Storage)$/.test(v)).length).toBeGreaterThan(475);
  });
});

describe('tables that share a word with an entity but hold something else, told by their other columns', () => {
  const ddl = `CREATE TABLE movies (id INT PRIMARY KEY, title VARCHAR(100));
CREATE TABLE roles (id INT PRIMARY KEY, movie_id INT REFERENCES movies(id), actor_id INT, name VARCHAR(60));
CREATE TABLE cast_members (id INT PRIMARY KEY, role VARCHAR(60));
CREATE TABLE events (id INT PRIMARY KEY, aggregate_id UUID, payload JSONB, version INT, name VARCHAR(60));
CREATE TABLE channels (id INT PRIMARY KEY, channel_number INT, network VARCHAR(40), name VARCHAR(60));
CREATE TABLE labels (id INT PRIMARY KEY, founded_year INT, country VARCHAR(40), name VARCHAR(60));
CREATE TABLE plans (id INT PRIMARY KEY, building VARCHAR(40), floor_number INT, square_feet INT, name VARCHAR(60));
CREATE TABLE courses (id INT PRIMARY KEY, par INT, holes INT, name VARCHAR(60));
CREATE TABLE features (id INT PRIMARY KEY, layer_id INT, latitude NUMERIC(9,6), longitude NUMERIC(9,6), name VARCHAR(60));
CREATE TABLE regions (id INT PRIMARY KEY, country_id INT, code VARCHAR(8), name VARCHAR(60));
CREATE TABLE election_campaigns (id INT PRIMARY KEY, name VARCHAR(60));
CREATE TABLE patients (id INT PRIMARY KEY, insurance_provider VARCHAR(60), plan_name VARCHAR(60));
CREATE TABLE stores (id INT PRIMARY KEY, city VARCHAR(40), region_name VARCHAR(40));
CREATE TABLE warehouse_bins (id INT PRIMARY KEY, name VARCHAR(20));`;
  let spec: ReturnType<typeof run>['spec'];
  beforeAll(() => { spec = run(ddl, 10).spec; });

  it.each([
    'roles.name', 'events.name', 'channels.name', 'labels.name', 'plans.name', 'courses.name', 'features.name', 'regions.name',
    'election_campaigns.name', 'patients.plan_name', 'stores.region_name', 'warehouse_bins.name',
  ])('%s keeps a general name (before: roles, events, channels, labels, tiers, courses, features, sales regions, campaigns, warehouses)', (at) => {
    expect(['roleName', 'eventName', 'chatChannel', 'issueLabel', 'planName', 'courseName', 'feature', 'salesRegion', 'campaignName', 'warehouseName'])
      .not.toContain(vocabulary(spec(at)));
  });

  it("a cast member's role is a character, named as a person", () => {
    expect(spec('cast_members.role')).toMatchObject({ generator: 'fullName' });
  });
});
