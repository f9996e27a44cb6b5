import { closeSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { RowforgeError } from '../errors/index.js';
import { ManifestSchema, type Manifest } from '../sinks/index.js';

const PART_MANIFEST = /^manifest\.part-(\d+)-of-(\d+)\.json$/;

function fail(message: string, dir: string, hint?: string): never {
  throw new RowforgeError('FILE_UNREADABLE', message, { path: dir, ...(hint ? { hint } : {}) });
}

function readPartManifests(dir: string): Manifest[] {
  const names = readdirSync(dir).filter((n) => PART_MANIFEST.test(n)).sort();
  if (names.length === 0) fail(`"${dir}" holds no shard manifests (manifest.part-…json)`, dir, 'run `rowforge generate … --shard i/N --out DIR` for every i first');
  return names.map((n) => {
    const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(join(dir, n), 'utf8')));
    if (!parsed.success) fail(`shard manifest "${n}" is not valid: ${parsed.error.issues[0]?.message ?? ''}`, dir);
    return parsed.data;
  });
}

/** Every part 0..N-1 present once, all from the same plan, seed, version, target and format. */
function checkComplete(parts: readonly Manifest[], dir: string): void {
  const first = parts[0] as Manifest;
  const count = first.part?.count ?? 0;
  const same = (m: Manifest): boolean => m.planHash === first.planHash && m.seed === first.seed && m.generatorVersion === first.generatorVersion
    && m.target === first.target && m.outputFormat === first.outputFormat && m.part?.count === count;
  const bad = parts.find((m) => !same(m));
  if (bad) fail(`shard ${String(bad.part?.index)} of "${dir}" comes from a different run (plan, seed, version, target, format or shard count differ)`, dir);
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !parts.some((m) => m.part?.index === i));
  if (missing.length > 0 || parts.length !== count) fail(`"${dir}" lacks shard(s) ${missing.join(', ')} of ${count}`, dir, 'rerun the missing shards; the same seed and plan give the same bytes');
}

/** Appends `from` to the open file `fd` in 1 MiB chunks. */
function appendFile(fd: number, from: string): void {
  const buf = Buffer.allocUnsafe(1 << 20);
  const src = openSync(from, 'r');
  try {
    for (let n = readSync(src, buf); n > 0; n = readSync(src, buf)) writeSync(fd, buf, 0, n);
  } finally {
    closeSync(src);
  }
}

function concatenate(dir: string, target: string, parts: readonly string[]): number {
  const tmp = join(dir, `.${target}.merging`);
  const fd = openSync(tmp, 'w');
  try {
    parts.forEach((p) => appendFile(fd, join(dir, p)));
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, join(dir, target));
  return statSync(join(dir, target)).size;
}

const unpart = (file: string): string => file.replace(/\.part-\d+-of-\d+$/, '');

/**
 * Joins the parts of a sharded run in `dir`: each table's part files are concatenated in part
 * order into the file a single run writes (byte-identical to it), the parts and shard manifests
 * are removed, and `manifest.json` for the whole run is written.
 */
export function mergeShards(dir: string): Manifest {
  const parts = readPartManifests(dir).sort((a, b) => (a.part?.index ?? 0) - (b.part?.index ?? 0));
  checkComplete(parts, dir);
  const first = parts[0] as Manifest;
  const tables = first.tables.map((t, i) => {
    const files = parts.map((m) => m.tables[i]?.file ?? '');
    const file = unpart(t.file);
    concatenate(dir, file, files);
    return { ...t, file, rows: parts.reduce((n, m) => n + (m.tables[i]?.rows ?? 0), 0) };
  });
  parts.forEach((m) => m.tables.forEach((t) => rmSync(join(dir, t.file), { force: true })));
  readdirSync(dir).filter((n) => PART_MANIFEST.test(n)).forEach((n) => rmSync(join(dir, n)));
  const files = first.files.filter((f) => f.path !== 'plan.json').map((f) => unpart(f.path)).map((path) => ({ path, bytes: statSync(join(dir, path)).size }));
  const { part: _part, ...whole } = first;
  const manifest: Manifest = { ...whole, tables, files };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
