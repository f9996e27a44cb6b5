export { generateToDirectory, type GenerateToDirectoryOptions, type GenerateResult } from './generate-to-directory.js';
export { shardOf, parseShard } from './shard-of.js';
export { generateShard, type GenerateShardOptions } from './generate-shard.js';
export { mergeShards } from './merge-shards.js';
export { withWorkers } from './workers/with-workers.js';
export { workerCount, MIN_ROWS_FOR_WORKERS } from './workers/worker-count.js';
export { validateInWorkers, validationWorkers, MIN_BYTES_FOR_VALIDATION_WORKERS } from './validate-in-workers.js';
