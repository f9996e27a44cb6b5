import { TOKEN_ALPHABET, tokenWidth } from '../../util/index.js';
import { permuteIndex, uniqueToken } from '../semantic/index.js';
import type { CellEnv } from './cell-env.js';

/** Salt of the row permutation behind a column's tokens. */
const TOKEN_SALT = 0x2545f491;

/**
 * A column's row tokens: a keyed bijection of the row index onto tokens as short as the rows
 * allow and at most `max` long, so distinct rows get distinct tokens. Rows past 34^max are
 * UNIQUE_CAPACITY (the plan check refuses them first), never a token cut to fit.
 */
export function rowToken(env: CellEnv, max: number): (row: number) => string {
  const rows = Math.max(env.rows, 1);
  const width = Math.max(1, Math.min(max, tokenWidth(rows)));
  return (row) => uniqueToken(permuteIndex(row, rows, env.key ^ TOKEN_SALT), width, TOKEN_ALPHABET);
}
