// A TypeScript entry as plain JavaScript: an esbuild bundle made on first use and made again
// whenever one of its sources changes, so a process (the CLI, a worker) starts without tsx.
// Plain JavaScript because the CLI launcher imports it before any TypeScript can load.
// Types: esm-bundle.d.mts. Why: docs/decisions/0007-worker-start-up.md.
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Bumped when the build settings below change, so older bundles are never reused. */
const FORMAT = 'esm-bundle/2';
/** Bundles of other sources are removed once unused this long (a running process may still load their chunks). */
const STALE_MS = 10 * 60 * 1000;
/** Temporary names are unique per process and call: two builds may run at once in one process. */
let writes = 0;
const tmpName = (path) => `${path}.${process.pid}-${++writes}.tmp`;

/**
 * @param {import('./esm-bundle.d.mts').EsmBundleOptions} o
 * @param {readonly string[]} inputs paths relative to `o.root`
 * @param {Map<string, Buffer>} [read] the bytes esbuild was given, by absolute path (a build hashes what it bundled, not what is on disk after it)
 */
function hashOf(o, inputs, read) {
  // The root is hashed too: every module's import.meta.url is written into the bundle as an
  // absolute path, so a copied checkout (its .bundle/ included) must make bundles of its own.
  const h = createHash('sha256').update(FORMAT).update('\0').update(JSON.stringify([o.splitting ?? false, o.bundle ?? [], o.root]));
  for (const rel of inputs) {
    const file = join(o.root, rel);
    const bytes = read?.get(file);
    if (bytes === undefined && !existsSync(file)) return undefined;
    h.update(rel).update('\0').update(bytes ?? readFileSync(file)).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

const entryName = (o) => `${basename(o.entry).replace(/\.[cm]?ts$/, '')}.mjs`;
const bundleDir = (o, hash) => join(o.dir, `${o.name}-${hash}`);
const inputsFile = (o) => join(o.dir, `${o.name}.inputs.json`);

/** The entry of the bundle of the current sources, if one was made before; marked as used now. An unreadable record means none. */
function existingBundle(o) {
  try {
    const { inputs } = JSON.parse(readFileSync(inputsFile(o), 'utf8'));
    const hash = Array.isArray(inputs) ? hashOf(o, inputs) : undefined;
    const file = hash && join(bundleDir(o, hash), entryName(o));
    if (!file || !existsSync(file)) return undefined;
    markUsed(bundleDir(o, hash));
    return file;
  } catch {
    return undefined;
  }
}

/** Moves the folder's time to now, so cleanup counts from its last use, not from when it was made. */
function markUsed(dir) {
  try {
    const now = new Date();
    utimesSync(dir, now, now);
  } catch {
    // a read-only folder: the bundle still serves; cleanup then counts from when it was made
  }
}

function writeAtomically(file, text) {
  const tmp = tmpName(file);
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** Writes every output into a temporary folder renamed into place; a concurrent builder may win. */
function writeBundle(target, files) {
  const tmp = tmpName(target);
  for (const f of files) {
    const out = join(tmp, relative(target, f.path));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, f.contents);
  }
  try {
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(target)) throw err;
  }
}

/** Bundles of older sources (and leftovers of interrupted writes, and the files of the layout before 0008: `<name>-<hash>.mjs`, their temporary files, `inputs.json`), once no process can still be starting from them. */
function removeStaleBundles(o, hash) {
  const current = `^${o.name}-[0-9a-f]{16}(\\.[0-9]+-[0-9]+\\.tmp)?$`;
  const oldLayout = `^${o.name}-[0-9a-f]+\\.mjs(\\.[0-9]+(-[0-9]+)?\\.tmp)?$|^inputs\\.json$`;
  const pattern = new RegExp(`${current}|${oldLayout}`);
  const now = Date.now();
  for (const name of readdirSync(o.dir)) {
    const full = join(o.dir, name);
    if (!pattern.test(name) || name === `${o.name}-${hash}`) continue;
    try {
      if (now - statSync(full).mtimeMs > STALE_MS) rmSync(full, { recursive: true, force: true });
    } catch {
      // another process removed it first
    }
  }
}

/**
 * Reads every source for esbuild, keeping the bytes in `read` (what the bundle is hashed by, so a
 * file saved during the build cannot give old code a new hash). Every module keeps its own
 * `import.meta.url`, so files found next to a source still are.
 * @param {Map<string, Buffer>} read
 */
function readSources(read) {
  return {
    name: 'read-sources',
    setup(build) {
      build.onLoad({ filter: /\.([cm]?[tj]s)$/ }, (args) => {
        const bytes = readFileSync(args.path);
        read.set(args.path, bytes);
        const text = bytes.toString('utf8');
        const contents = text.includes('import.meta.url') ? text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)) : text;
        return { contents, loader: /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js' };
      });
    },
  };
}

/** Bare imports stay external (resolved from node_modules at run time) unless they start with a prefix of `bundle`. */
function externals(prefixes) {
  return {
    name: 'externals',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => (prefixes.some((p) => args.path.startsWith(p)) ? undefined : { path: args.path, external: true }));
    },
  };
}

/** True when `dir`, or the nearest folder above it that exists, can be written (else building would fail after the work). */
function writable(dir) {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(d)) {
      try {
        accessSync(d, constants.W_OK);
        return true;
      } catch {
        return false;
      }
    }
    if (dirname(d) === d) return false;
  }
}

async function build(o) {
  if (!writable(o.dir)) return undefined;
  const esbuild = await import('esbuild').catch(() => undefined);
  if (!esbuild) return undefined;
  const read = new Map();
  const staging = join(o.dir, `${o.name}-staging`);
  const result = await esbuild.build({
    entryPoints: [o.entry], absWorkingDir: o.root, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    outdir: staging, outExtension: { '.js': '.mjs' }, splitting: o.splitting ?? false, chunkNames: 'chunk-[hash]',
    sourcemap: 'linked', write: false, metafile: true, logLevel: 'silent', plugins: [externals(o.bundle ?? []), readSources(read)],
  });
  const inputs = Object.keys(result.metafile?.inputs ?? {}).sort();
  const hash = hashOf(o, inputs, read);
  if (!hash) return undefined;
  const target = bundleDir(o, hash);
  mkdirSync(o.dir, { recursive: true });
  writeBundle(target, result.outputFiles.map((f) => ({ path: join(target, relative(staging, f.path)), contents: f.contents })));
  writeAtomically(inputsFile(o), JSON.stringify({ inputs }));
  removeStaleBundles(o, hash);
  return join(target, entryName(o));
}

/**
 * The URL of `o.entry` bundled by esbuild into `o.dir/<name>-<hash>/`, where the hash covers
 * every input file's contents: reused while they are unchanged, made again (~0.1–0.5 s) when one
 * changes. Undefined when no bundle can be made (esbuild missing, the folder read-only, the
 * TypeScript sources absent): the caller then loads the sources another way.
 * @param {import('./esm-bundle.d.mts').EsmBundleOptions} o
 * @returns {Promise<URL | undefined>}
 */
export async function esmBundle(o) {
  if (!existsSync(o.entry)) return undefined;
  try {
    const file = existingBundle(o) ?? (await build(o));
    return file ? pathToFileURL(file) : undefined;
  } catch {
    return undefined;
  }
}
