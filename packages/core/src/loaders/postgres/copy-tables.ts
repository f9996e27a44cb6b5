import type { GeneratedData } from '../../schema/index.js';
import { copyTable } from './copy-table.js';
import type { LoadSummary, SessionLoadOptions } from './load-into-session.js';
import type { PgSession } from './pg-session.js';

/** COPYs every table of the run in load order on one session ({@link copyTable}); returns the rows sent per table. */
export async function copyTables(session: PgSession, data: GeneratedData, onProgress: SessionLoadOptions['onProgress']): Promise<LoadSummary['tables']> {
  const tables = [];
  for (const t of data.tables) {
    const rows = await copyTable(session, t, (done) => onProgress?.({ table: t.table.name, rowsDone: done, rowCount: t.rowCount }));
    tables.push({ name: t.table.name, rows });
  }
  return tables;
}
