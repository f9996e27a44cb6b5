import { RowforgeError } from '../errors/index.js';
import type { GeneratedData, Row, RowEncoding, RowRange, TableData } from '../schema/index.js';
import { partRange, type Part } from '../sinks/index.js';

/**
 * The slice of a run that one shard writes: each table's rows [start, end) for the part.
 * Rows are pure functions of their index, so the parts of N shards concatenate to the bytes
 * of a single run.
 */
export function shardOf(data: GeneratedData, part: Part): GeneratedData {
  const slice = (t: TableData): TableData => {
    const r = partRange(t.rowCount, part);
    const inner = (range: RowRange): RowRange => ({ start: r.start + range.start, end: Math.min(r.end, r.start + range.end) });
    const eachRow = t.eachRow?.bind(t);
    const encoded = t.encoded?.bind(t);
    return {
      table: t.table, rowCount: r.end - r.start, batches: (range?: RowRange) => t.batches(range ? inner(range) : r),
      ...(eachRow ? { eachRow: (range: RowRange, visit: (row: Readonly<Row>) => void) => eachRow(inner(range), visit) } : {}),
      ...(encoded ? { encoded: (encoding: RowEncoding, range: RowRange) => encoded(encoding, inner(range)) } : {}),
    };
  };
  return { ...data, tables: data.tables.map(slice) };
}

/** `i/N` (0 <= i < N), or Kubernetes Indexed Job's JOB_COMPLETION_INDEX and JOB_COMPLETIONS. */
export function parseShard(text: string | undefined, env: Readonly<Record<string, string | undefined>>): Part | undefined {
  const spec = text ?? (env['JOB_COMPLETION_INDEX'] !== undefined && env['JOB_COMPLETIONS'] !== undefined ? `${env['JOB_COMPLETION_INDEX']}/${env['JOB_COMPLETIONS']}` : undefined);
  if (spec === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (m && count > 0 && index < count) return { index, count };
  throw new RowforgeError('USAGE', `shard "${spec}" is not i/N with 0 <= i < N`, { hint: 'e.g. --shard 0/4 for the first of four shards' });
}
