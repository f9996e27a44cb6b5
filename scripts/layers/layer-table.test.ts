import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layerOfCorePath, parseLayerTable } from './layer-table.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('parseLayerTable', () => {
  it('reads docs/architecture.md into the documented rules', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs/architecture.md'), 'utf8');
    const table = parseLayerTable(doc);
    const rules = Object.fromEntries(table.layers.map((l) => [l.name, [...l.mayImport].sort()]));
    expect(rules).toEqual({
      util: [],
      errors: ['util'],
      schema: ['errors', 'util'],
      sources: ['errors', 'schema', 'util'],
      plan: ['errors', 'schema', 'util'],
      engine: ['errors', 'plan', 'schema', 'util'],
      sinks: ['errors', 'plan', 'schema', 'util'],
      validation: ['errors', 'schema', 'util'],
      loaders: ['errors', 'schema', 'sinks', 'util'],
      pipeline: ['engine', 'errors', 'loaders', 'plan', 'schema', 'sinks', 'sources', 'util', 'validation'],
      facade: ['engine', 'errors', 'loaders', 'pipeline', 'plan', 'schema', 'sinks', 'sources', 'util', 'validation'],
    });
    expect(table.layers.find((l) => l.name === 'facade')).toMatchObject({ location: 'index.ts', isFile: true });
  });

  it('refuses an allow-list naming a layer that is not above it', () => {
    const md = '| a | `src/a` | nothing |\n| b | `src/b` | a, c |\n';
    expect(() => parseLayerTable(md)).toThrow(/"b" may import "c"/);
  });

  it('refuses a document without a table', () => {
    expect(() => parseLayerTable('# nothing here')).toThrow(/no layer table/);
  });

  it('maps paths inside src to layers, files exactly and folders by prefix', () => {
    const table = parseLayerTable('| util | `src/util` | nothing |\n| facade | `src/index.ts` | all of the above |');
    expect(layerOfCorePath(table, 'util/hash.ts')?.name).toBe('util');
    expect(layerOfCorePath(table, 'index.ts')?.name).toBe('facade');
    expect(layerOfCorePath(table, 'utility/x.ts')).toBeUndefined();
    expect(layerOfCorePath(table, 'other.ts')).toBeUndefined();
  });
});
