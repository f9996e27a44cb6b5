import { RowforgeError } from '../../errors/index.js';
import { likeSegments, type ColumnSpec, type LikeSegment } from '../../plan/index.js';
import { maxLengthOf } from '../../schema/index.js';
import type { Rng } from '../rng.js';
import { uniqueToken } from '../semantic/index.js';
import { cell, type CellBuilder } from './cell-env.js';
import { tokenWidth } from '../../util/index.js';
import { ALNUM } from './identifier-cells.js';

/** Symbols a `%` gets when values need not be unique: a run of 3–8. */
const RUN_MIN = 3;
const RUN_MAX = 8;

/** What each `%` and the `_`s of a pattern get in a row: the run lengths, and where the row's unique token goes. */
interface Layout {
  readonly segments: readonly LikeSegment[];
  /** Longest run one `%` gets: the room left by the literals and `_`s, shared by the `%`s. */
  readonly run: number;
  /** Width of the unique token (0: values need not be unique). */
  readonly token: number;
  /** The token fills the `_`s (the pattern has no `%`). */
  readonly inOnes: boolean;
}

function layoutOf(like: string, max: number, rows: number, unique: boolean, where: string): Layout {
  const segments = likeSegments(like);
  const fixed = segments.reduce((n, s) => n + (s.kind === 'literal' ? s.text.length : s.kind === 'one' ? 1 : 0), 0);
  const room = Math.max(0, max - fixed);
  const ones = segments.filter((s) => s.kind === 'one').length;
  const anys = segments.filter((s) => s.kind === 'any').length;
  const inOnes = anys === 0;
  const token = !unique ? 0 : inOnes ? ones : Math.min(room, Math.max(tokenWidth(rows), 4));
  if (unique && (token === 0 || token < tokenWidth(rows))) {
    throw new RowforgeError('UNIQUE_CAPACITY', `${where} must be unique but LIKE '${like}' leaves room for ${token} varying character(s) in ${max}, too few for ${rows} rows`, {
      hint: 'lower the row count or widen the column',
    });
  }
  return { segments, run: anys === 0 ? 0 : Math.floor(room / anys), token, inOnes };
}

function randomRun(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALNUM.charAt(rng.int(0, ALNUM.length - 1));
  return out;
}

/** One value: literals as written, `_` one symbol, the first `%` the row's token (unique) or a random run, later `%`s empty when unique. */
function fill(l: Layout, rng: Rng, token: string): string {
  let out = '';
  let ones = 0;
  let anys = 0;
  for (const s of l.segments) {
    if (s.kind === 'literal') out += s.text;
    else if (s.kind === 'one') out += l.inOnes && l.token > 0 ? token.charAt(ones++) : randomRun(rng, 1);
    else if (l.token > 0) out += anys++ === 0 ? token : '';
    else out += randomRun(rng, rng.int(Math.min(RUN_MIN, l.run), Math.min(RUN_MAX, l.run)));
  }
  return out;
}

/**
 * Text matching a LIKE pattern a CHECK requires (`'SKU-%'` → `SKU-7K2QX`), within the
 * column's length. Unique: the first `%` (or the `_`s) hold a token that is a bijection of the
 * row index, so no two rows collide; too few `_`s for the rows is UNIQUE_CAPACITY.
 */
export const patternCell: CellBuilder = (env) => {
  const s = env.spec as Extract<ColumnSpec, { generator: 'pattern' }>;
  const layout = layoutOf(s.like, maxLengthOf(env.column) ?? 255, Math.max(env.rows, 1), s.unique === true, `"${env.table.name}.${env.column.name}"`);
  return cell((ctx) => fill(layout, ctx.rngFor(env.key), layout.token > 0 ? uniqueToken(ctx.row, layout.token, ALNUM, env.key) : ''), 'string');
};
