import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLayers, type SourceFile } from './check-layers.js';
import { formatReport } from './format-report.js';
import { parseLayerTable } from './layer-table.js';
import { parsePackageTable } from './package-table.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const table = parseLayerTable(fs.readFileSync(path.join(repoRoot, 'docs/architecture.md'), 'utf8'));

const core = (p: string, ...imports: string[]): SourceFile => ({
  path: `packages/core/src/${p}`,
  text: imports.join('\n'),
});
const cli = (p: string, ...imports: string[]): SourceFile => ({
  path: `packages/cli/src/${p}`,
  text: imports.join('\n'),
});
const run = (sources: SourceFile[], otherFiles: string[] = []) =>
  checkLayers({ table, sources, otherFiles: new Set(otherFiles) });

describe('checkLayers: the layer table', () => {
  it('accepts imports the table allows, same-layer imports and npm packages', () => {
    const report = run([
      core('util/hash.ts', "import fs from 'node:fs';"),
      core('errors/index.ts', "import { h } from '../util/hash.js';"),
      core('engine/rng.ts', "import { h } from '../util/hash.js';", "import { p } from '../plan/plan.js';"),
      core('engine/gen.ts', "import { r } from './rng.js';", "import { z } from 'zod';"),
      core('plan/plan.ts', "import type { S } from '../schema/index.js';"),
      core('schema/index.ts'),
      core('index.ts', "export * from './engine/rng.js';", "export * from './pipeline/run.js';"),
      core('pipeline/run.ts', "import { g } from '../engine/gen.js';", "import { w } from '../sinks/csv.js';"),
      core('sinks/csv.ts', "import data from '../../package.json' with { type: 'json' };"),
    ], ['packages/core/package.json']);
    expect(report.violations).toEqual([]);
    expect(report.cycles).toEqual([]);
    expect(formatReport(report).at(-1)).toMatch(/^layers OK: 9 files \(core 9\)/);
  });

  it('refuses an inner layer importing an outer one, type-only imports included', () => {
    const report = run([
      core('schema/table.ts', "import type { P } from '../plan/plan.js';"),
      core('plan/plan.ts'),
      core('validation/check.ts', "import { draw } from '../engine/rng.js';"),
      core('engine/rng.ts', "import { f } from '../index.js';"),
      core('index.ts'),
    ]);
    expect(report.violations.map((v) => [v.file, v.line, v.rule, v.message])).toEqual([
      ['packages/core/src/engine/rng.ts', 1, 'layer', 'layer engine may import util, errors, schema, plan; not facade'],
      ['packages/core/src/schema/table.ts', 1, 'layer', 'layer schema may import util, errors; not plan'],
      ['packages/core/src/validation/check.ts', 1, 'layer', 'layer validation may import util, errors, schema; not engine'],
    ]);
  });

  it('reports a core file that sits in no layer, once', () => {
    const report = run([core('helpers/x.ts', "import { h } from '../util/hash.js';"), core('util/hash.ts')]);
    expect(report.violations).toMatchObject([{ rule: 'outside-layer', file: 'packages/core/src/helpers/x.ts' }]);
  });

  it('reports a relative import that resolves to nothing', () => {
    const report = run([core('util/a.ts', "import { b } from './b.js';")]);
    expect(report.violations).toMatchObject([{ rule: 'unresolved', specifier: './b.js', line: 1 }]);
  });
});

describe('checkLayers: package boundaries', () => {
  it('lets other packages use @rowforge/core and nothing deeper', () => {
    const report = run([
      core('index.ts'),
      cli('main.ts', "import { generate } from '@rowforge/core';", "import { x } from '@rowforge/core/src/engine/rng.js';"),
      cli('other.ts', "import { y } from '../../core/src/index.js';"),
    ]);
    expect(report.violations.map((v) => [v.file, v.line, v.rule])).toEqual([
      ['packages/cli/src/main.ts', 2, 'package-boundary'],
      ['packages/cli/src/other.ts', 1, 'package-boundary'],
    ]);
    expect(report.violations[1]?.message).toContain('import @rowforge/core');
  });

  it('refuses core importing another workspace package or itself by name', () => {
    const report = run([
      core('util/a.ts', "import { c } from '@rowforge/cli';"),
      core('engine/b.ts', "import { d } from '@rowforge/core';"),
      core('sinks/c.ts', "import { e } from '../../../cli/src/main.js';"),
      cli('main.ts'),
    ]);
    expect(report.violations.map((v) => v.rule)).toEqual(['package-boundary', 'package-boundary', 'package-boundary']);
  });
});

describe('checkLayers: the package table', () => {
  const doc = fs.readFileSync(path.join(repoRoot, 'docs/architecture.md'), 'utf8');
  const packages = parsePackageTable(doc);
  const pkg = (name: string, p: string, ...imports: string[]): SourceFile => ({ path: `packages/${name}/src/${p}`, text: imports.join('\n') });

  it('reads which packages each package may import from docs/architecture.md', () => {
    expect([...(packages.get('server') ?? [])].sort()).toEqual(['core', 'store']);
    expect(packages.get('cli')).toContain('k12');
  });

  it('refuses an import the table does not allow, and a package the table does not list', () => {
    const report = checkLayers({
      table,
      packages,
      sources: [
        pkg('server', 'a.ts', "import { openStore } from '@rowforge/store';"),
        pkg('k12', 'b.ts', "import { x } from '@rowforge/store';"),
        pkg('store', 'c.ts', "import { y } from '@rowforge/server';"),
        pkg('stray', 'd.ts', "import { z } from '@rowforge/core';"),
      ],
    });
    expect(report.violations.map((v) => [v.file, v.rule])).toEqual([
      ['packages/k12/src/b.ts', 'package-boundary'],
      ['packages/store/src/c.ts', 'package-boundary'],
      ['packages/stray/src/d.ts', 'package-boundary'],
    ]);
    expect(report.violations[0]?.message).toBe('package k12 may import core; not @rowforge/store');
  });
});

describe('checkLayers: cycles', () => {
  const files = [
    core('schema/a.ts', "import { b } from './b.js';"),
    core('schema/b.ts', "import { c } from './c.js';"),
    core('schema/c.ts', "import type { A } from './a.js';", "export { d } from './d.js';"),
    core('schema/d.ts', "import { b } from './b.js';"),
  ];

  it('finds runtime cycles and leaves out type-only edges by default', () => {
    const report = run(files);
    expect(report.cycles).toHaveLength(1);
    expect(report.cycles[0]?.files).toEqual([
      'packages/core/src/schema/b.ts',
      'packages/core/src/schema/c.ts',
      'packages/core/src/schema/d.ts',
    ]);
    expect(report.cycles[0]?.path.map((e) => `${e.from}:${e.line}`)).toEqual([
      'packages/core/src/schema/b.ts:1',
      'packages/core/src/schema/c.ts:2',
      'packages/core/src/schema/d.ts:1',
    ]);
    expect(formatReport(report).at(-1)).toMatch(/^layers FAILED: 0 violation\(s\), 1 cycle\(s\)/);
  });

  it('includes type-only edges with cycleEdges: all', () => {
    const report = checkLayers({ table, sources: files, cycleEdges: 'all' });
    expect(report.cycles[0]?.files).toHaveLength(4);
  });

  it('resolves directory imports to index.ts', () => {
    const report = run([
      core('schema/index.ts', "export * from './x.js';"),
      core('schema/x.ts', "import { y } from './index.js';"),
      core('plan/p.ts', "import { s } from '../schema';"),
    ]);
    expect(report.violations).toEqual([]);
    expect(report.cycles).toHaveLength(1);
  });
});
