import type { Command } from 'commander';
import type { CommandContext } from '../../command-context.js';
import type { K12CheckFlags } from './k12-check-command.js';
import { rosterFlags, type K12RosterFlags } from './k12-roster-flags.js';

const ROSTER_HELP = `
Layout:
  clever          DIR/<District>_Data/{schools,teachers,staff,students,sections,enrollments}.csv
  oneroster-1.x   DIR/manifest.csv + orgs, academicSessions, courses, classes, users,
                  enrollments, demographics (1.2 also roles.csv); districts are orgs of type district
  both            DIR/roster.json: the options and the counts

Run on a terminal without flags, it asks for the ID mode, district, school and student counts.

Examples:
  rowforge k12 roster                                   3 districts x 5 schools x 400 students, Clever
  rowforge k12 roster --id-mode sequential --format oneroster-1.2 --out or12
  rowforge k12 roster --districts 10 --schools-per-district 20 --students-per-school 300-900 --seed 7
  rowforge k12 roster --clever-extended --co-teaching-share 0.08 --dual-role-share 5%
  rowforge k12 check k12-roster                         the independent judge

Details: docs/k12.md`;

/** True when every roster flag still has its default (the user typed none). */
function noFlagsGiven(cmd: Command): boolean {
  return cmd.options.every((o) => {
    const source = cmd.getOptionValueSource(o.attributeName());
    return source === undefined || source === 'default';
  });
}

/** Registers `rowforge k12 roster` and `rowforge k12 check`; the pack loads only when one of them runs. */
export function registerK12Commands(ctx: CommandContext): void {
  const k12 = ctx.program.command('k12').description('K-12 rostering: Clever and OneRoster rosters, and their judge');
  const roster = rosterFlags(k12.command('roster').description('write a synthetic K-12 roster (Clever or OneRoster 1.1/1.2 CSV)'))
    .addHelpText('after', ROSTER_HELP);
  roster.action(async (flags: K12RosterFlags) => {
    const interactive = noFlagsGiven(roster) && Boolean(process.stdin.isTTY) && Boolean(process.stdout.isTTY);
    const [{ k12RosterCommand }, { terminalWizard }] = await Promise.all([import('./k12-roster-command.js'), import('./k12-roster-wizard.js')]);
    await ctx.run(k12RosterCommand(interactive ? await terminalWizard(flags) : flags, ctx.io));
  });
  k12.command('check').argument('<dir>', 'a roster folder (Clever or OneRoster)').description('judge a roster against the Clever / OneRoster rules, independently of the generator')
    .option('--json', 'print the full JSON report', false)
    .action(async (dir: string, flags: K12CheckFlags) => ctx.run((await import('./k12-check-command.js')).k12CheckCommand(dir, flags, ctx.io)));
}
