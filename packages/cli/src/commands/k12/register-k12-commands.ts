import type { CommandContext } from '../../command-context.js';

/** Registers the `rowforge k12` command group (filled in by its package's work). */
export function registerK12Commands(_ctx: CommandContext): void {
  // no commands yet
}
