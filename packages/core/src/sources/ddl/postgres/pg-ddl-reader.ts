import { tokenize } from '../../text/sql-lexer.js';
import { SourceText } from '../../text/source-text.js';
import { errorAt } from '../ddl-error.js';
import { SchemaDraft } from '../schema-draft.js';
import { blankPsqlData } from './blank-psql-data.js';
import { applyPartitionBounds } from './pg-apply-partition-bounds.js';
import { PgPartitions } from './pg-partitions.js';
import { parsePg } from './pg-module.js';
import { pgStatementRange } from './pg-statement-range.js';
import { readPgStatement } from './pg-statements.js';

/**
 * Reads PostgreSQL DDL with libpg-query (the real PostgreSQL 18 grammar). The whole script is
 * parsed at once; psql-only lines are blanked first (see blank-psql-data.ts). Partitions are
 * skipped: their bounds become a CHECK on the parent (see pg-apply-partition-bounds.ts).
 */
export function readPgDdl(original: SourceText): SchemaDraft {
  const src = new SourceText(blankPsqlData(original.text), original.file);
  const draft = new SchemaDraft(src, 'postgres');
  if (src.text.trim() === '') return draft;
  const parsed = parsePg(src.text);
  if (!parsed.ok) throw errorAt(src, parsed.cursor ?? 0, 'DDL_SYNTAX', parsed.message);
  const tokens = tokenize(src.text, 'postgres');
  const partitions = new PgPartitions();
  for (const raw of parsed.tree.stmts ?? []) {
    const range = pgStatementRange(src, tokens, raw);
    readPgStatement({ draft, partitions, src, tokens, ...range }, raw.stmt);
  }
  applyPartitionBounds(draft, partitions);
  return draft;
}
