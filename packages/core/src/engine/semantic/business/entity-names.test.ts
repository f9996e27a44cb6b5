import { describe, expect, it } from 'vitest';
import { drawRows } from '../internal/test-rng.js';
import { VOCABULARIES } from '../vocabularies.js';
import { courseName, skill } from './education.js';
import { eventName, playlistName, salesRegion, sportsTeam, venueName, warehouseName } from './events.js';
import { boardName, campaignName, chatChannel, feature, groupName, issueLabel, permission, planName, roleName, teamName } from './saas.js';

const sample = (draw: (r: Parameters<typeof planName>[0]) => string, n = 3000): string[] => drawRows(n, (r) => draw(r), draw.name);

describe('names of records that are no companies', () => {
  it('plans are pricing tiers, bare ones most often', () => {
    const values = sample(planName);
    expect(values.every((v) => /^(Free|Pro|Starter|Basic|Business|Enterprise|Premium|Team|Plus|Standard|Growth|Professional|Essentials|Advanced|Ultimate|Scale|Lite|Unlimited|Personal|Family|Student|Nonprofit|Developer|Agency)( .+)?$/.test(v))).toBe(true);
    expect(values.filter((v) => !v.includes(' ')).length / values.length).toBeGreaterThan(0.6);
    expect(values).toContain('Free');
  });

  it('roles, permissions and labels look like an application\'s', () => {
    expect(sample(roleName)).toEqual(expect.arrayContaining(['Admin', 'Viewer', 'Billing Admin']));
    expect(sample(permission).every((v) => /^[a-z_]+\.[a-z]+$/.test(v))).toBe(true);
    expect(sample(issueLabel)).toEqual(expect.arrayContaining(['bug', 'good first issue', 'priority: high']));
    expect(sample(chatChannel).every((v) => /^[a-z]+(-[a-z]+)*$/.test(v))).toBe(true);
  });

  it('warehouses are distribution sites, never branches', () => {
    const values = sample(warehouseName);
    expect(values.every((v) => / (Distribution Center|Warehouse|Fulfillment Center|Depot|Logistics Center|Cross-Dock|Cold Storage|Returns Center)$/.test(v))).toBe(true);
    expect(values).toContain('Memphis Distribution Center');
  });

  it('courses combine subjects and levels', () => {
    const values = sample(courseName);
    expect(values).toEqual(expect.arrayContaining(['Introduction to Statistics', 'Calculus II', 'Intro to Python', 'Organic Chemistry']));
  });

  it.each([
    ['teamName', teamName, /^(Team [A-Z][a-z]+|[A-Za-z ]+)$/], ['eventName', eventName, /[A-Z]/], ['venueName', venueName, /^[A-Z0-9][\w ]* [A-Z][\w ]*$/],
    ['sportsTeam', sportsTeam, /^[A-Z][a-z]+( [A-Z][a-z]+)* [A-Z][A-Za-z]+$/], ['playlistName', playlistName, /^[\w&' -]+$/],
  ])('%s gives names of its kind', (_, draw, shape) => {
    for (const v of sample(draw)) expect(v).toMatch(shape);
  });

  it('combines word lists into a hundred distinct names and more', () => {
    const generators = { courseName, eventName, venueName, playlistName, campaignName, boardName, feature, permission, groupName, warehouseName, sportsTeam };
    for (const [name, draw] of Object.entries(generators)) expect(new Set(sample(draw, 5000)).size, name).toBeGreaterThan(100);
  });

  it('small vocabularies keep to their lists', () => {
    expect(new Set(sample(salesRegion))).toContain('EMEA');
    expect(new Set(sample(skill))).toContain('Python');
    expect(VOCABULARIES.marketingChannel).toBeTypeOf('function');
  });
});
