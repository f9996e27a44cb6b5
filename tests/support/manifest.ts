import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface ManifestTable {
  readonly name: string;
  readonly rows: number;
  readonly columns: readonly unknown[];
  readonly file: string;
}

export interface ManifestFile {
  readonly path: string;
  readonly bytes: number;
}

/** `manifest.json` as the generate contract describes it (extra fields are allowed). */
export interface Manifest {
  readonly loadOrder: readonly string[];
  readonly tables: readonly ManifestTable[];
  readonly files: readonly ManifestFile[];
  readonly seed: unknown;
  readonly planHash: string;
  readonly generatorVersion: string;
  readonly target: string;
  readonly outputFormat: string;
  readonly deferredForeignKeys: readonly unknown[];
}

function fail(dir: string, what: string): never {
  throw new Error(`${path.join(dir, 'manifest.json')}: ${what}`);
}

function checkTable(dir: string, t: unknown, k: number): ManifestTable {
  const o = t as Partial<ManifestTable> | null;
  if (typeof o !== 'object' || o === null) fail(dir, `tables[${k}] is not an object`);
  if (typeof o.name !== 'string') fail(dir, `tables[${k}].name is not a string`);
  if (typeof o.rows !== 'number' || !Number.isInteger(o.rows)) fail(dir, `tables[${k}].rows is not an integer`);
  if (!Array.isArray(o.columns)) fail(dir, `tables[${k}].columns is not an array`);
  if (typeof o.file !== 'string') fail(dir, `tables[${k}].file is not a string`);
  return o as ManifestTable;
}

/** Reads and shape-checks `DIR/manifest.json`; throws a readable error on any deviation. */
export function readManifest(dir: string): Manifest {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) fail(dir, 'missing');
  const m = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest> | null;
  if (typeof m !== 'object' || m === null) fail(dir, 'not an object');
  if (!Array.isArray(m.loadOrder) || !m.loadOrder.every((x) => typeof x === 'string')) fail(dir, 'loadOrder is not a string[]');
  if (!Array.isArray(m.tables)) fail(dir, 'tables is not an array');
  m.tables.forEach((t, k) => checkTable(dir, t, k));
  if (!Array.isArray(m.files)) fail(dir, 'files is not an array');
  m.files.forEach((f, k) => {
    if (typeof f?.path !== 'string' || typeof f.bytes !== 'number') fail(dir, `files[${k}] is not {path, bytes}`);
  });
  for (const key of ['planHash', 'generatorVersion', 'target', 'outputFormat'] as const) {
    if (typeof m[key] !== 'string') fail(dir, `${key} is not a string`);
  }
  if (!('seed' in m)) fail(dir, 'seed is missing');
  if (!Array.isArray(m.deferredForeignKeys)) fail(dir, 'deferredForeignKeys is not an array');
  return m as Manifest;
}

export function manifestTable(m: Manifest, name: string): ManifestTable {
  const t = m.tables.find((x) => x.name === name) ?? m.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!t) throw new Error(`manifest has no table "${name}" (has ${m.tables.map((x) => x.name).join(', ')})`);
  return t;
}

/** Absolute path of a table's data file. */
export function tableFile(dir: string, t: ManifestTable): string {
  return path.resolve(dir, t.file);
}

/** Tables in load order (manifest.loadOrder), each with its manifest entry. */
export function tablesInLoadOrder(m: Manifest): ManifestTable[] {
  return m.loadOrder.map((n) => manifestTable(m, n));
}

/** The `.sql` files of a `--format sql` run, in lexical name order (= load order). */
export function sqlFiles(dir: string, m: Manifest): string[] {
  return m.files
    .map((f) => f.path)
    .filter((p) => p.toLowerCase().endsWith('.sql'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((p) => path.resolve(dir, p));
}

/** Problems with manifest.files: a listed file missing or with a different size. */
export function fileListProblems(dir: string, m: Manifest): string[] {
  const problems: string[] = [];
  for (const f of m.files) {
    const p = path.resolve(dir, f.path);
    if (!existsSync(p)) problems.push(`${f.path}: listed but missing`);
    else if (statSync(p).size !== f.bytes) problems.push(`${f.path}: listed as ${f.bytes} bytes, is ${statSync(p).size}`);
  }
  return problems;
}
