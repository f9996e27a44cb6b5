import { extractImports, type ImportRef } from './extract-imports.js';
import { findCycles, shortestCycle, type Graph } from './find-cycles.js';
import { layerOfCorePath, type LayerTable } from './layer-table.js';
import { packageImportProblem, type PackageTable } from './package-table.js';
import { isRelative, resolveRelative } from './resolve-import.js';

export interface SourceFile {
  /** POSIX path relative to the repository root, e.g. `packages/core/src/engine/rng.ts`. */
  readonly path: string;
  readonly text: string;
}

export interface LayerCheckInput {
  readonly table: LayerTable;
  /** Which workspace packages each package outside core may import; unchecked when absent. */
  readonly packages?: PackageTable;
  /** Every `.ts` file under `packages/*\/src`. */
  readonly sources: readonly SourceFile[];
  /** Other files that exist (JSON data, package.json, …), so relative imports of them resolve. */
  readonly otherFiles?: ReadonlySet<string>;
  /**
   * Which edges the cycle check follows. `runtime` (default): what Node loads, so `import type`
   * and `export type` are left out (they are erased and cannot cause load-order bugs).
   * `all`: every reference, type-only included.
   */
  readonly cycleEdges?: 'runtime' | 'all';
}

export type ViolationRule = 'layer' | 'outside-layer' | 'package-boundary' | 'unresolved';

export interface Violation {
  readonly rule: ViolationRule;
  readonly file: string;
  readonly line: number;
  readonly specifier: string;
  /** The resolved repository path, when the import resolved. */
  readonly target?: string;
  readonly message: string;
}

export interface CycleEdge {
  readonly from: string;
  readonly to: string;
  readonly line: number;
  readonly specifier: string;
}

export interface Cycle {
  /** Every file in the strongly connected component, sorted. */
  readonly files: readonly string[];
  /** One shortest closed path through the component, with the import that makes each step. */
  readonly path: readonly CycleEdge[];
}

export interface LayerReport {
  readonly violations: readonly Violation[];
  readonly cycles: readonly Cycle[];
  readonly stats: {
    readonly files: number;
    readonly filesByPackage: Readonly<Record<string, number>>;
    readonly imports: number;
    readonly internalImports: number;
    readonly typeOnlyImports: number;
    readonly layers: number;
    readonly cycleEdges: 'runtime' | 'all';
  };
}

const CORE = 'core';
const SOURCE = /^packages\/([^/]+)\/src\/(.+)$/;

interface Resolved extends ImportRef {
  readonly file: string;
  readonly target?: string;
}

/** Checks the layer table, the package boundaries and import cycles. Pure: no I/O. */
export function checkLayers(input: LayerCheckInput): LayerReport {
  const sourcePaths = new Set(input.sources.map((s) => s.path));
  const exists = (p: string) => sourcePaths.has(p) || (input.otherFiles?.has(p) ?? false);
  const resolved = input.sources.flatMap((s) =>
    extractImports(s.path, s.text).map((ref) => resolveRef(s.path, ref, exists)),
  );
  const violations = [
    ...input.sources.flatMap((s) => placementViolations(input.table, s.path)),
    ...resolved.flatMap((r) => importViolations(input, r)),
  ].sort(byPlace);
  const cycleEdges = input.cycleEdges ?? 'runtime';
  const cycles = collectCycles(resolved, sourcePaths, cycleEdges);
  return { violations, cycles, stats: stats(input, resolved, cycleEdges) };
}

function resolveRef(file: string, ref: ImportRef, exists: (p: string) => boolean): Resolved {
  if (!isRelative(ref.specifier)) return { ...ref, file };
  const target = resolveRelative(file, ref.specifier, exists);
  return target === undefined ? { ...ref, file } : { ...ref, file, target };
}

function placementViolations(table: LayerTable, file: string): Violation[] {
  const m = SOURCE.exec(file);
  if (!m || m[1] !== CORE) return [];
  if (layerOfCorePath(table, m[2] ?? '')) return [];
  const names = table.layers.map((l) => l.name).join(', ');
  const message = `file is in no layer of docs/architecture.md (layers: ${names})`;
  return [{ rule: 'outside-layer', file, line: 1, specifier: '', message }];
}

function importViolations(input: LayerCheckInput, ref: Resolved): Violation[] {
  const { table } = input;
  const pkg = SOURCE.exec(ref.file)?.[1] ?? '';
  const base = { file: ref.file, line: ref.line, specifier: ref.specifier };
  if (!isRelative(ref.specifier)) return bareViolations(pkg, ref.specifier, base, input.packages);
  if (ref.target === undefined) {
    return [{ ...base, rule: 'unresolved', message: 'relative import does not resolve to a file' }];
  }
  const withTarget = { ...base, target: ref.target };
  if (!ref.target.startsWith(`packages/${pkg}/`)) {
    const hint = ref.target.startsWith('packages/core/') ? ': import @rowforge/core' : '';
    const message = `relative import leaves package ${pkg}${hint}`;
    return [{ ...withTarget, rule: 'package-boundary', message }];
  }
  if (pkg !== CORE) return [];
  return layerViolation(table, ref.file, ref.target, withTarget);
}

function bareViolations(pkg: string, specifier: string, base: Omit<Violation, 'rule' | 'message'>, packages?: PackageTable): Violation[] {
  if (!specifier.startsWith('@rowforge/')) return [];
  if (pkg === CORE) {
    const message = 'core must not import workspace packages (nor itself by name)';
    return [{ ...base, rule: 'package-boundary', message }];
  }
  if (specifier.startsWith('@rowforge/core/')) {
    const message = 'deep import into core: import from @rowforge/core only';
    return [{ ...base, rule: 'package-boundary', message }];
  }
  const problem = packages && packageImportProblem(packages, pkg, specifier.slice('@rowforge/'.length).split('/')[0] ?? '');
  return problem ? [{ ...base, rule: 'package-boundary', message: problem }] : [];
}

function layerViolation(
  table: LayerTable,
  file: string,
  target: string,
  base: Omit<Violation, 'rule' | 'message'>,
): Violation[] {
  const from = layerOfCorePath(table, file.slice('packages/core/src/'.length));
  if (!from) return []; // reported once as 'outside-layer'
  const inSrc = target.startsWith('packages/core/src/');
  const to = inSrc ? layerOfCorePath(table, target.slice('packages/core/src/'.length)) : undefined;
  if (!to || to.name === from.name || from.mayImport.has(to.name)) return [];
  const allowed = [...from.mayImport].join(', ') || 'nothing';
  const message = `layer ${from.name} may import ${allowed}; not ${to.name}`;
  return [{ ...base, rule: 'layer', message }];
}

function collectCycles(
  refs: readonly Resolved[],
  sources: ReadonlySet<string>,
  mode: 'runtime' | 'all',
): Cycle[] {
  const edges = new Map<string, Map<string, CycleEdge>>();
  for (const s of sources) edges.set(s, new Map());
  for (const r of refs) {
    if (r.target === undefined || !sources.has(r.target)) continue;
    if (mode === 'runtime' && r.typeOnly) continue;
    const out = edges.get(r.file)!;
    if (!out.has(r.target)) out.set(r.target, { from: r.file, to: r.target, line: r.line, specifier: r.specifier });
  }
  const graph: Graph = new Map([...edges].map(([k, v]) => [k, [...v.keys()].sort()]));
  return findCycles(graph).map((files) => {
    const loop = shortestCycle(graph, files);
    const path = loop.slice(1).map((to, i) => edges.get(loop[i]!)!.get(to)!);
    return { files, path };
  });
}

function stats(input: LayerCheckInput, refs: readonly Resolved[], mode: 'runtime' | 'all'): LayerReport['stats'] {
  const filesByPackage: Record<string, number> = {};
  for (const s of input.sources) {
    const pkg = SOURCE.exec(s.path)?.[1] ?? '?';
    filesByPackage[pkg] = (filesByPackage[pkg] ?? 0) + 1;
  }
  return {
    files: input.sources.length,
    filesByPackage,
    imports: refs.length,
    internalImports: refs.filter((r) => r.target !== undefined).length,
    typeOnlyImports: refs.filter((r) => r.typeOnly).length,
    layers: input.table.layers.length,
    cycleEdges: mode,
  };
}

function byPlace(a: Violation, b: Violation): number {
  return a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1;
}
