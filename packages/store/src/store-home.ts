import { homedir } from 'node:os';
import { join } from 'node:path';

/** `$ROWFORGE_HOME`, default `~/.rowforge`: where the embedded store keeps its data. */
export function rowforgeHome(env: NodeJS.ProcessEnv = process.env): string {
  const home = env['ROWFORGE_HOME'];
  return home !== undefined && home !== '' ? home : join(homedir(), '.rowforge');
}

/** The PGlite data directory: `$ROWFORGE_HOME/pglite`. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(rowforgeHome(env), 'pglite');
}
