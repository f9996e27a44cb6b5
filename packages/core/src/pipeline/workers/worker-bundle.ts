import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where bundles are kept, next to the sources (git-ignored): `.bundle/<task>-<hash>.mjs`. */
const HERE = dirname(fileURLToPath(import.meta.url));
const BUNDLE_DIR = join(HERE, '.bundle');
const SOURCE_ROOT = join(HERE, '..', '..');

/** A worker module of this folder: `range-task` (generation) or `validate-task` (validation). */
export type WorkerTask = 'range-task' | 'validate-task';

const entryOf = (task: WorkerTask): string => join(HERE, `${task}.ts`);
const inputsFile = (task: WorkerTask): string => join(BUNDLE_DIR, task === 'range-task' ? 'inputs.json' : `${task}.inputs.json`);

/** The TypeScript files the last bundle was made from (paths relative to `src/`). */
interface BundleInputs {
  readonly inputs: readonly string[];
}

/** The slice of esbuild's API used here (it is loaded only when a bundle must be made). */
interface Esbuild {
  build(o: Record<string, unknown>): Promise<{ outputFiles?: { text: string }[]; metafile?: { inputs: Record<string, unknown> } }>;
}

function hashOf(inputs: readonly string[]): string | undefined {
  const h = createHash('sha256');
  for (const rel of inputs) {
    const file = join(SOURCE_ROOT, rel);
    if (!existsSync(file)) return undefined;
    h.update(rel).update('\0').update(readFileSync(file)).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

function bundleFile(task: WorkerTask, hash: string): string {
  return join(BUNDLE_DIR, `${task}-${hash}.mjs`);
}

/** The bundle of the current sources, if one was made before. */
function existingBundle(task: WorkerTask): string | undefined {
  if (!existsSync(inputsFile(task))) return undefined;
  const { inputs } = JSON.parse(readFileSync(inputsFile(task), 'utf8')) as BundleInputs;
  const hash = hashOf(inputs);
  return hash && existsSync(bundleFile(task, hash)) ? bundleFile(task, hash) : undefined;
}

/** Writes through a temporary name, so a concurrent reader never sees half a file. */
function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** Bundles of older sources (another process may be starting from the current one). */
function removeOtherBundles(task: WorkerTask, hash: string): void {
  const pattern = new RegExp(`^${task}-[0-9a-f]+\\.mjs$`);
  for (const name of readdirSync(BUNDLE_DIR)) {
    if (pattern.test(name) && name !== `${task}-${hash}.mjs`) rmSync(join(BUNDLE_DIR, name), { force: true });
  }
}

async function build(task: WorkerTask): Promise<string | undefined> {
  const esbuild = (await import('esbuild').catch(() => undefined)) as Esbuild | undefined;
  if (!esbuild) return undefined;
  const result = await esbuild.build({
    entryPoints: [entryOf(task)], absWorkingDir: SOURCE_ROOT, bundle: true, platform: 'node', format: 'esm',
    target: 'node20', packages: 'external', write: false, metafile: true, logLevel: 'silent',
  });
  const text = result.outputFiles?.[0]?.text;
  const inputs = Object.keys(result.metafile?.inputs ?? {}).sort();
  const hash = hashOf(inputs);
  if (text === undefined || !hash) return undefined;
  mkdirSync(BUNDLE_DIR, { recursive: true });
  removeOtherBundles(task, hash);
  writeAtomically(bundleFile(task, hash), text);
  writeAtomically(inputsFile(task), JSON.stringify({ inputs } satisfies BundleInputs));
  return bundleFile(task, hash);
}

/**
 * A worker entry as one plain JavaScript file: the TypeScript sources of `<task>.ts`
 * (generation: `range-task`, validation: `validate-task`) bundled by esbuild (packages stay
 * external), made again whenever one of those sources changes. A worker then starts without tsx, about 0.35 s sooner.
 * Undefined when no bundle can be made (esbuild missing, the folder read-only, or no
 * TypeScript sources): the pool then falls back to `worker-entry.mjs`.
 * See docs/decisions/0007-worker-start-up.md.
 */
export async function workerBundle(task: WorkerTask = 'range-task'): Promise<URL | undefined> {
  if (!existsSync(entryOf(task))) return undefined;
  try {
    const file = existingBundle(task) ?? (await build(task));
    return file ? pathToFileURL(file) : undefined;
  } catch {
    return undefined;
  }
}
