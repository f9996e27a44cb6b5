export { generateToDirectory, type GenerateToDirectoryOptions, type GenerateResult } from './generate-to-directory.js';
export { shardOf, parseShard } from './shard-of.js';
export { generateShard, type GenerateShardOptions } from './generate-shard.js';
export { mergeShards } from './merge-shards.js';
