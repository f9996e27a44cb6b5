export { generate } from './generate.js';
export { GENERATOR_VERSION } from './generator-version.js';
export { Rng, streamKey, draw32 } from './rng.js';
export { resolveRows } from './resolve-rows.js';
export { unenforcedChecks, type UnenforcedCheck } from './checks/unenforced-checks.js';
export { redrawNulls, REDRAW_SAMPLE_ROWS, type RedrawNulls } from './redraw-nulls.js';
