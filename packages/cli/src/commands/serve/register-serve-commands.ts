import type { CommandContext } from '../../command-context.js';

/** Registers the `rowforge serve` command group (filled in by its package's work). */
export function registerServeCommands(_ctx: CommandContext): void {
  // no commands yet
}
