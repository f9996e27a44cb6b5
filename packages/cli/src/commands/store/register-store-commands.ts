import type { Command } from 'commander';
import type { CommandContext } from '../../command-context.js';
import { datasetsDelete, datasetsList, datasetsShow } from './datasets-commands.js';
import { datasetsExport, type ExportFlags } from './datasets-export-command.js';
import { projectsCreate, projectsList, projectsShow } from './projects-commands.js';

const STORE_HELP = `
The store is PGlite under ROWFORGE_HOME (default ~/.rowforge), or the PostgreSQL server in
DATABASE_URL. Every create, generate, export and delete is recorded in the project's audit log.
See docs/store.md.`;

const PROJECTS_HELP = `${STORE_HELP}

Examples:
  $ rowforge projects create shop --description "web shop fixtures"
  $ rowforge projects list
  $ rowforge projects show shop          details, datasets and the audit log (transactions)`;

const DATASETS_HELP = `${STORE_HELP}

A dataset's rows are also loaded into the store, in schema ds_<id> with every constraint on.

Examples:
  $ rowforge generate shop.sql --rows 1000 --save --project shop
  $ rowforge datasets list --project shop
  $ rowforge datasets show 0c1e…           row counts, seed, validation
  $ rowforge datasets export 0c1e… --out shop-csv
  $ rowforge datasets delete 0c1e…`;

function registerProjects(ctx: CommandContext): void {
  const projects = ctx.program.command('projects').description('list, create and show projects in the Rowforge store').addHelpText('after', PROJECTS_HELP);
  projects.command('list').description('list every project')
    .option('--json', 'print JSON', false)
    .action((flags: { json: boolean }) => ctx.run(projectsList(flags, ctx.io)));
  projects.command('create').argument('<name>', 'a unique project name').description('create a project')
    .option('--description <text>', 'what the project is for')
    .action((name: string, flags: { description?: string }) => ctx.run(projectsCreate(name, flags, ctx.io)));
  projects.command('show').argument('<name>').description("show a project, its datasets and its audit log (the project's transactions)")
    .option('--json', 'print JSON', false)
    .action((name: string, flags: { json: boolean }) => ctx.run(projectsShow(name, flags, ctx.io)));
}

function registerDatasets(ctx: CommandContext): void {
  const datasets: Command = ctx.program.command('datasets').description('list, show, export and delete stored datasets').addHelpText('after', DATASETS_HELP);
  datasets.command('list').description('list datasets, newest last')
    .option('--project <name>', 'only this project')
    .option('--json', 'print JSON', false)
    .action((flags: { project?: string; json: boolean }) => ctx.run(datasetsList(flags, ctx.io)));
  datasets.command('show').argument('<id>').description('show a dataset: tables, row counts, seed, validation')
    .option('--json', 'print JSON (schema and plan included)', false)
    .action((id: string, flags: { json: boolean }) => ctx.run(datasetsShow(id, flags, ctx.io)));
  datasets.command('delete').argument('<id>').description("delete a dataset and its rows (the audit log keeps the record)")
    .action((id: string) => ctx.run(datasetsDelete(id, ctx.io)));
  datasets.command('export').argument('<id>').description('write a dataset as CSV files, regenerated from its stored schema, plan and seed (byte-identical to the original run) and validated')
    .requiredOption('--out <dir>', 'output directory (created; must not exist unless --overwrite)')
    .option('--overwrite', 'replace --out if it exists (only after the new output is complete)', false)
    .action((id: string, flags: ExportFlags) => ctx.run(datasetsExport(id, flags, ctx.io)));
}

/** Registers `rowforge projects …` and `rowforge datasets …` (the store's command groups). */
export function registerStoreCommands(ctx: CommandContext): void {
  registerProjects(ctx);
  registerDatasets(ctx);
}
