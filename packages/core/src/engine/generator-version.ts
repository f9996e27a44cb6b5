/**
 * Version of the value algorithms. Any change that alters output bytes for the same seed and
 * plan bumps it; golden snapshot tests pin each version's output.
 */
export const GENERATOR_VERSION = '1';
