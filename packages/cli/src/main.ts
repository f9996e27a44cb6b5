import { Command, CommanderError, Option } from 'commander';
import { ExitCodes, type SourceDialect } from '@rowforge/core';

type DialectFlag = { dialect: SourceDialect | 'auto' };
import { reportError } from './cli-error.js';
import { generateCommand, type GenerateFlags } from './commands/generate-command.js';
import type { PlanFlags } from './commands/plan-input.js';
import { inspectCommand } from './commands/inspect-command.js';
import { mergeCommand } from './commands/merge-command.js';
import { planCommand } from './commands/plan-command.js';
import { validateCommand, type ValidateFlags } from './commands/validate-command.js';
import { processIo, type Io } from './io.js';
import { registerK12Commands } from './commands/k12/register-k12-commands.js';
import { registerServeCommands } from './commands/serve/register-serve-commands.js';
import { registerStoreCommands } from './commands/store/register-store-commands.js';
import { collectRowsFor, FORMATS, isoDate, oneOf, parseCount, SOURCE_DIALECTS, TARGETS } from './options.js';
import { EXIT_CODES_HELP, GENERATE_EXAMPLES, MAIN_HELP } from './help-text.js';

const dialectOption = (): Option =>
  new Option('--dialect <dialect>', 'schema dialect: auto (detect), postgres, mysql, sqlite, mssql or json').argParser(oneOf('--dialect', SOURCE_DIALECTS)).default('auto');

function planOptions(cmd: Command): Command {
  return cmd
    .option('--rows <n>', 'rows per table (default 1000; a table whose integer key, or a narrower column referring to it, holds fewer, like a TINYINT id, gets all it holds; the CLI notes it)', parseCount('--rows'))
    .option('--rows-for <table=n>', 'rows for one table (repeatable)', collectRowsFor)
    .option('--seed <seed>', 'any string or number; same seed, same bytes (default 1)')
    .option('--reference-date <YYYY-MM-DD>', 'the "today" dates are generated around, and CHECKs against CURRENT_DATE/now() are read at (default 2026-01-01)', isoDate)
    .addOption(dialectOption())
    .option('--omit-unsupported', 'leave out, with a warning, columns of types Rowforge cannot generate (GEOMETRY, tsvector, hierarchyid, ...) instead of refusing the schema', false);
}

function buildProgram(io: Io, exit: { code: number }): Command {
  const program = new Command('rowforge')
    .description('Synthetic relational data real enough to test against.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(`rowforge: ${s.replace(/^error: /, '').replace(/\s+/g, ' ').trim()}`) })
    .addHelpText('after', MAIN_HELP);
  const set = (p: Promise<number>): Promise<void> => p.then((c) => { exit.code = c; });
  planOptions(program.command('generate').argument('<schema>', 'DDL (.sql/.ddl) or Rowforge schema JSON').description('generate data for every table of a schema'))
    .addOption(new Option('--format <format>', 'csv, json, ndjson, sql, zip or parquet').argParser(oneOf('--format', FORMATS)).default('csv'))
    .addOption(new Option('--target <dialect>', 'database the output is for (postgres, mysql, sqlite, mssql): SQL dialect, CSV value forms, schema.sql').argParser(oneOf('--target', TARGETS)).default('postgres'))
    .option('--out <dir>', 'output directory (created; must not exist unless --overwrite)', 'rowforge-output')
    .option('--plan <file>', 'use an edited plan (print one with `rowforge plan`)')
    .addOption(new Option('--sql-files <mode>', 'one .sql file, or one per step in load order').choices(['single', 'per-table']).default('single'))
    .option('--sql-data-only', 'with --format sql: only the rows, for tables created from your own DDL: no CREATE TABLE or constraints, identity sequences re-synced after the rows', false)
    .option('--overwrite', 'replace --out if it exists (only after the new output is complete)', false)
    .option('--no-validate', 'skip re-reading the output (validation.json is then not written)')
    .option('--into <url>', 'load straight into a database instead of writing files: postgres://user@host/db, mysql://user@host/db or sqlite:FILE')
    .option('--keep-constraints', 'with --into: create tables with their constraints before loading (slower)', false)
    .option('--sessions <n>', 'with --into postgres: sessions COPYing at once into a staging schema swapped into place at the end; keys and CHECKs are then added over one session per core (default: 1 on up to 2 cores, else half the cores, at most 4)', parseCount('--sessions'))
    .option('--replace', 'with --into: drop existing tables of the same names first (and, in PostgreSQL, the enums and domains the schema creates)', false)
    .option('--shard <i/N>', 'write part i (0-based) of N into a shared --out (csv/ndjson); default from JOB_COMPLETION_INDEX/JOB_COMPLETIONS')
    .option('--workers <n>', 'worker threads generating row ranges in parallel, then reading the tables back for validation; same bytes and report for any n (default: one per core from 500,000 rows, else in-process; also feeds --into, leaving a core free per PostgreSQL session and for MariaDB; SQLite gets at most 2)', parseCount('--workers'))
    .option('--save', 'also store the dataset in the Rowforge store (ROWFORGE_HOME or DATABASE_URL)', false)
    .option('--project <name>', 'with --save: the project to store it in (default "default")')
    .addHelpText('after', GENERATE_EXAMPLES + EXIT_CODES_HELP)
    .action((schema: string, flags: GenerateFlags) => set(generateCommand(schema, flags, io)));
  planOptions(program.command('plan').argument('<schema>').description('print the generation plan as JSON (edit it, then pass it with generate --plan)'))
    .option('--plan <file>', 're-validate an edited plan and print it')
    .action((schema: string, flags: PlanFlags & DialectFlag) => set(planCommand(schema, flags, io)));
  program.command('validate').argument('<dir>', 'output directory of `rowforge generate`').description('check generated files against the schema, independently of the generator')
    .option('--schema <file>', "the schema the data must satisfy (default: DIR's schema.json, else the schema.sql + constraints.sql generate wrote, also inside its data.zip)")
    .option('--json', 'print the full JSON report', false)
    .addOption(dialectOption())
    .option('--workers <n>', 'worker threads reading tables at once; same report for any n (default: one per core when the files hold 48 MB or more, else in-process)', parseCount('--workers'))
    .addHelpText('after', EXIT_CODES_HELP)
    .action((dir: string, flags: ValidateFlags) => set(validateCommand(dir, flags, io)));
  program.command('merge').argument('<dir>', 'directory holding every shard of a run').description('join the parts of a sharded run into the files a single run writes, then validate them')
    .option('--schema <file>', 'validate the merged files against this schema (default: the schema.sql and constraints.sql the shards wrote)')
    .option('--no-validate', 'only join the parts (validation.json is then not written)')
    .addOption(dialectOption())
    .action((dir: string, flags: { schema?: string; validate: boolean } & DialectFlag) => set(mergeCommand(dir, flags, io)));
  program.command('inspect').argument('<schema>').description('show tables, keys, load order and cycles')
    .option('--json', 'print the parsed schema as JSON', false)
    .addOption(dialectOption())
    .option('--omit-unsupported', 'leave out, with a warning, columns of types Rowforge cannot generate', false)
    .action((schema: string, flags: { json: boolean; omitUnsupported: boolean } & DialectFlag) => set(inspectCommand(schema, flags, io)));
  const ctx = { program, io, run: set };
  registerK12Commands(ctx);
  registerStoreCommands(ctx);
  registerServeCommands(ctx);
  return program;
}

/** Runs the CLI with `argv` (without node and script); resolves to the process exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const exit = { code: ExitCodes.ok as number };
  try {
    await buildProgram(io, exit).parseAsync([...argv], { from: 'user' });
    return exit.code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? ExitCodes.ok : ExitCodes.usage;
    return reportError(e, (l) => io.err(l));
  }
}
