/**
 * Bad input gets a clear error and loses nothing: for every case in cases.ts the CLI exits with
 * the expected non-zero code, prints ONE line on stderr (no stack trace) naming the position or
 * the table/constraint, and leaves no output behind (the --out path does not exist afterwards,
 * no temporary directory is left beside it, and a pre-existing directory is untouched).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { malformedDir } from '../support/paths.js';
import { describeRun, runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';
import { CASES, malformedPath, type CaseContext, type Expectation, type MalformedCase } from './cases.js';

const temps = new TempDirs();
afterAll(() => temps.cleanup());

function defaultArgs(c: MalformedCase, ctx: CaseContext): string[] {
  if (!c.file) throw new Error(`case "${c.name}" has neither file nor args`);
  return [
    'generate', malformedPath(c.file), ...(c.dialect ? ['--dialect', c.dialect] : []), '--rows', String(c.rows ?? 20), '--seed', '1',
    '--format', 'csv', '--target', 'postgres', '--out', ctx.out,
  ];
}

function patterns(c: MalformedCase, ctx: CaseContext): Expectation[] {
  const list: readonly Expectation[] = Array.isArray(c.expectInMessage) ? c.expectInMessage : [c.expectInMessage as Expectation];
  return list.map((p) => (typeof p === 'string' ? p.replace('{out}', ctx.out) : p));
}

/** stderr lines that are not warnings (warnings about skipped statements may precede the error). */
function errorLines(stderr: string): string[] {
  return stderr.split(/\r?\n/).filter((l) => l.trim() !== '' && !/^\s*(rowforge:\s*)?warn(ing)?\b/i.test(l));
}

function outArg(args: readonly string[]): string | undefined {
  const k = args.indexOf('--out');
  return k >= 0 ? args[k + 1] : undefined;
}

describe('malformed inputs: exit code, one-line message, nothing written', () => {
  it('has at least 30 malformed files, each used by a case', () => {
    const files = readdirSync(malformedDir).filter((f) => !f.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(30);
    const used = new Set(CASES.flatMap((c) => (c.file ? [c.file] : [])));
    expect(files.filter((f) => !used.has(f))).toEqual([]);
    for (const f of used) expect(existsSync(malformedPath(f)), f).toBe(true);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const tempDir = temps.make('mal');
    const ctx: CaseContext = { out: path.join(tempDir, 'out'), tempDir };
    const args = c.args ? await c.args(ctx) : defaultArgs(c, ctx);
    const before = readdirSync(tempDir).sort();
    const preexisting = c.outPreexists ? readdirSync(ctx.out).map((f) => [f, readFileSync(path.join(ctx.out, f), 'utf8')]) : [];

    const r = await runCli(args);
    const why = describeRun(args, r);

    expect(r.code, why).toBe(c.expectCode);
    expect(errorLines(r.stderr), `exactly one error line on stderr\n${why}`).toHaveLength(1);
    expect(r.stderr, `no stack trace\n${why}`).not.toMatch(/^\s+at\s+\S/m);
    expect(r.stderr, `no internal frames\n${why}`).not.toMatch(/node:internal|\.ts:\d+:\d+\)|RowforgeError:|ZodError/);
    for (const p of patterns(c, ctx)) {
      if (typeof p === 'string') expect(r.stderr, why).toContain(p);
      else expect(r.stderr, why).toMatch(p);
    }

    if (c.outPreexists) {
      const after = readdirSync(ctx.out).map((f) => [f, readFileSync(path.join(ctx.out, f), 'utf8')]);
      expect(after, 'the existing --out directory is untouched').toEqual(preexisting);
    } else {
      const out = outArg(args);
      if (out) expect(existsSync(out), `--out ${out} must not exist after a failed run`).toBe(false);
    }
    expect(readdirSync(tempDir).sort(), 'nothing (no temp output) left beside --out').toEqual(before);
  }, 120_000);
});
