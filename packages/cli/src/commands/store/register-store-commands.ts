import type { CommandContext } from '../../command-context.js';

/** Registers the `rowforge store` command group (filled in by its package's work). */
export function registerStoreCommands(_ctx: CommandContext): void {
  // no commands yet
}
