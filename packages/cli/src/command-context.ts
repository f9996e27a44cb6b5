import type { Command } from 'commander';
import type { Io } from './io.js';

/** What a command group needs to register itself: the program, the I/O, and how to report an exit code. */
export interface CommandContext {
  readonly program: Command;
  readonly io: Io;
  /** Wraps a command's promise so its resolved value becomes the process exit code. */
  readonly run: (p: Promise<number>) => Promise<void>;
}
