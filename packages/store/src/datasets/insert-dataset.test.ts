import type { ValidationReport } from '@rowforge/core';
import { describe, expect, it } from 'vitest';
import { openTestStore, type TestStoreKind } from '../testing/open-test-store.js';
import { shopDataset } from '../testing/sample-dataset.js';

const placeholder = (): ValidationReport => ({ format: 'rowforge.validation', version: 1, ok: false, violationCount: 0, tables: [], foreignKeys: [], warnings: ['not finished'] });

describe.each<TestStoreKind>(['pglite', 'postgres'])('insertDataset on %s', (kind) => {
  it('saves the validation as it stands after the last row was read (a report completed during the load)', async () => {
    const ts = await openTestStore(kind);
    try {
      await ts.store.projects.ensure('p');
      const d = await shopDataset('p', 'tapped', 5);
      const validation = placeholder();
      const last = d.data.tables.at(-1);
      if (!last) throw new Error('no tables');
      const tables = d.data.tables.map((t) => (t !== last ? t : {
        table: t.table, rowCount: t.rowCount,
        *batches() { yield* t.batches(); Object.assign(validation, { ok: true, warnings: [`read ${t.rowCount} ${t.table.name}`] }); },
      }));
      const ds = await ts.store.datasets.create({ ...d, validation, data: { ...d.data, tables } });
      const expected = { ok: true, violationCount: 0, warnings: ['read 20 orders'] };
      expect(ds.validation).toMatchObject(expected);
      expect((await ts.store.datasets.get(ds.id))?.validation).toMatchObject(expected);
    } finally {
      await ts.cleanup();
    }
  });
});
