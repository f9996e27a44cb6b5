import { existsSync } from 'node:fs';
import path from 'node:path';
import { readManifest, type Manifest } from './manifest.js';
import { describeRun, runCli, type CliResult } from './run-cli.js';

export type Target = 'postgres' | 'mysql' | 'sqlite' | 'mssql';
export type OutputFormat = 'csv' | 'json' | 'ndjson' | 'sql' | 'zip';

export interface GenerateOptions {
  readonly schema: string;
  /** Input dialect (`--dialect`); omitted when undefined. */
  readonly dialect?: Target | 'json';
  readonly out: string;
  readonly rows?: number;
  readonly seed?: string | number;
  readonly format?: OutputFormat;
  readonly target?: Target;
  readonly plan?: string;
  readonly extra?: readonly string[];
}

export interface Generated {
  readonly dir: string;
  readonly manifest: Manifest;
  readonly result: CliResult;
  readonly args: readonly string[];
}

/** The argument list of `rowforge generate` for these options. */
export function generateArgs(o: GenerateOptions): string[] {
  const args = ['generate', o.schema];
  if (o.dialect) args.push('--dialect', o.dialect);
  if (o.rows !== undefined) args.push('--rows', String(o.rows));
  if (o.seed !== undefined) args.push('--seed', String(o.seed));
  if (o.plan) args.push('--plan', o.plan);
  if (o.format) args.push('--format', o.format);
  if (o.target) args.push('--target', o.target);
  args.push('--out', o.out, ...(o.extra ?? []));
  return args;
}

/** Runs `rowforge generate`, requires exit 0 and a manifest, and returns the output directory. */
export async function generate(o: GenerateOptions): Promise<Generated> {
  const args = generateArgs(o);
  const result = await runCli(args);
  if (result.code !== 0) throw new Error(`generate failed\n${describeRun(args, result)}`);
  if (!existsSync(o.out)) throw new Error(`generate exited 0 but wrote no ${o.out}\n${describeRun(args, result)}`);
  return { dir: o.out, manifest: readManifest(o.out), result, args };
}

/**
 * Runs `rowforge validate DIR --schema FILE [...extra]` (no assertion on the exit code);
 * with `schema` undefined, without --schema (the run's own schema.sql + constraints.sql).
 */
export function validate(dir: string, schema: string | undefined, extra: readonly string[] = []): Promise<CliResult> {
  return runCli(['validate', dir, ...(schema === undefined ? [] : ['--schema', schema]), ...extra]);
}

/** Runs `rowforge plan SCHEMA ...` and parses the JSON plan it prints; throws unless exit 0. */
export async function printPlan(schema: string, extra: readonly string[] = []): Promise<unknown> {
  const args = ['plan', schema, ...extra];
  const r = await runCli(args);
  if (r.code !== 0) throw new Error(`plan failed\n${describeRun(args, r)}`);
  try {
    return JSON.parse(r.stdout) as unknown;
  } catch (e) {
    throw new Error(`plan did not print JSON on stdout (${(e as Error).message})\n${describeRun(args, r)}`);
  }
}

/** A fresh output path (not yet existing) inside `parent`. */
export function outPath(parent: string, name = 'out'): string {
  return path.join(parent, name);
}
