import { ExitCodes, isRowforgeError } from '@rowforge/core';

/** Prints a failure as one line on stderr and returns its exit code; stack traces only for bugs. */
export function reportError(e: unknown, write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): number {
  if (isRowforgeError(e)) {
    write(`rowforge: ${e.oneLine()}`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('commander.')) return ExitCodes.usage;
  write(`rowforge: internal error: ${err.message}`);
  if (process.env['ROWFORGE_DEBUG']) write(err.stack ?? '');
  else write('rowforge: this is a bug; rerun with ROWFORGE_DEBUG=1 for details and report it');
  return ExitCodes.internal;
}
