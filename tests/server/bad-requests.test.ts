import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiHarness, LIBRARY_DDL, STORE_KINDS } from './support/api-harness.js';

interface Case {
  readonly name: string;
  readonly path: string;
  readonly init?: RequestInit;
  readonly status: number;
  readonly code: string;
  /** Something the message or details must say, so the client knows what to fix. */
  readonly says: RegExp;
}

const json = (body: unknown, method = 'POST'): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const INJECTION = 'true); DROP SCHEMA rowforge CASCADE; --';

/** A JSON schema whose one CHECK is `expr` (named `ok` on table `t`). */
const jsonSchemaWith = (expr: unknown): unknown => ({
  format: 'rowforge.schema', version: 1, sourceDialect: 'postgres',
  tables: [{ name: 't', columns: [{ name: 'id', type: { kind: 'int', bits: 32 }, nullable: false }], primaryKey: { columns: ['id'] }, uniques: [], foreignKeys: [], checks: [{ name: 'ok', expr, sql: 'x' }] }],
});
const idCol = { kind: 'column', name: 'id' };

const CASES: readonly Case[] = [
  { name: 'malformed DDL', path: '/api/generate', init: json({ schema: 'CREATE TABLE t (\n  id INT PRIMARY KEY,,\n  x INT\n);' }), status: 400, code: 'DDL_SYNTAX', says: /"line":2,"column":\d+/ },
  { name: 'malformed DDL upload', path: '/api/upload?parse=true', init: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'CREATE TABLE t (id INT PRIMARY KEY);\nCREATE TABLEE u (id INT);' }, status: 400, code: 'DDL_SYNTAX', says: /"line":2/ },
  { name: 'a schema with no tables', path: '/api/generate', init: json({ schema: '-- nothing here' }), status: 400, code: 'SCHEMA_INVALID', says: /no tables/ },
  { name: 'malformed JSON body', path: '/api/generate', init: json('{"schema": '), status: 400, code: 'REQUEST_INVALID', says: /Malformed JSON/ },
  { name: 'wrong types', path: '/api/generate', init: json({ schema: LIBRARY_DDL, numRecords: 'ten', perTableRowCounts: { books: -1 } }), status: 400, code: 'REQUEST_INVALID', says: /body\.numRecords.*body\.perTableRowCounts\.books/s },
  { name: 'missing schema', path: '/api/generate', init: json({ numRecords: 5 }), status: 400, code: 'REQUEST_INVALID', says: /body\.schema/ },
  { name: 'an unknown option', path: '/api/generate', init: json({ schema: LIBRARY_DDL, numRecord: 5 }), status: 400, code: 'REQUEST_INVALID', says: /numRecord/ },
  { name: 'an unknown table in perTableRowCounts', path: '/api/generate', init: json({ schema: LIBRARY_DDL, perTableRowCounts: { nope: 5 } }), status: 400, code: 'PLAN_CONTRADICTS_SCHEMA', says: /nope/ },
  { name: 'rows over the cap', path: '/api/generate', init: json({ schema: LIBRARY_DDL, numRecords: 10, perTableRowCounts: { books: 5001 } }), status: 422, code: 'ROW_LIMIT_EXCEEDED', says: /at most 5000/ },
  { name: 'an unknown project', path: '/api/generate', init: json({ schema: LIBRARY_DDL, project: 'nobody' }), status: 404, code: 'PROJECT_NOT_FOUND', says: /nobody/ },
  { name: 'an invalid project name', path: '/api/projects', init: json({ name: '../etc' }), status: 400, code: 'REQUEST_INVALID', says: /body\.name/ },
  { name: 'transactions of an unknown project', path: '/api/projects/nobody/transactions', status: 404, code: 'PROJECT_NOT_FOUND', says: /nobody/ },
  { name: 'datasets of an unknown project', path: '/api/datasets?project=nobody', status: 404, code: 'PROJECT_NOT_FOUND', says: /nobody/ },
  { name: 'an unknown dataset', path: `/api/datasets/${UNKNOWN}`, status: 404, code: 'DATASET_NOT_FOUND', says: new RegExp(UNKNOWN) },
  { name: 'a malformed dataset id', path: '/api/datasets/not%20an%20id', status: 400, code: 'REQUEST_INVALID', says: /param\.id/ },
  { name: 'export of an unknown dataset', path: `/api/datasets/${UNKNOWN}/export`, status: 404, code: 'DATASET_NOT_FOUND', says: /no dataset/ },
  { name: 'delete of an unknown dataset', path: `/api/datasets/${UNKNOWN}`, init: { method: 'DELETE' }, status: 404, code: 'DATASET_NOT_FOUND', says: /no dataset/ },
  { name: 'a page of an unknown dataset', path: `/api/datasets/${UNKNOWN}/tables/books`, status: 404, code: 'DATASET_NOT_FOUND', says: /no dataset/ },
  { name: 'a negative page offset', path: `/api/datasets/${UNKNOWN}/tables/books?offset=-1`, status: 400, code: 'REQUEST_INVALID', says: /query\.offset/ },
  { name: 'an unknown job', path: `/api/jobs/${UNKNOWN}`, status: 404, code: 'JOB_NOT_FOUND', says: /no job/ },
  { name: 'events of an unknown job', path: `/api/jobs/${UNKNOWN}/events`, status: 404, code: 'JOB_NOT_FOUND', says: /no job/ },
  { name: 'a bad Last-Event-ID', path: `/api/jobs/${UNKNOWN}/events`, init: { headers: { 'Last-Event-ID': 'abc' } }, status: 400, code: 'REQUEST_INVALID', says: /last-event-id/ },
  { name: 'an unsupported content type', path: '/api/generate', init: { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<schema/>' }, status: 415, code: 'REQUEST_INVALID', says: /Unsupported Media Type/ },
  { name: 'no body at all', path: '/api/generate', init: { method: 'POST' }, status: 400, code: 'REQUEST_INVALID', says: /application\/json or multipart/ },
  { name: 'an oversize body', path: '/api/generate', init: json({ schema: `-- ${'x'.repeat(70_000)}` }), status: 413, code: 'REQUEST_INVALID', says: /65536 bytes/ },
  { name: 'an oversize upload', path: '/api/upload?parse=true', init: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'y'.repeat(70_000) }, status: 413, code: 'REQUEST_INVALID', says: /larger than/ },
  { name: 'an empty upload', path: '/api/upload?parse=true', init: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '  ' }, status: 400, code: 'REQUEST_INVALID', says: /empty/ },
  { name: 'a multipart generate with a non-numeric numRecords', path: '/api/generate', init: { method: 'POST', body: (() => { const f = new FormData(); f.set('schema', LIBRARY_DDL); f.set('numRecords', 'many'); return f; })() }, status: 400, code: 'REQUEST_INVALID', says: /body\.numRecords/ },
  { name: 'raw SQL in a JSON schema CHECK', path: '/api/generate', init: json({ schema: jsonSchemaWith({ kind: 'raw', sql: INJECTION }) }), status: 400, code: 'SCHEMA_INVALID', says: /table \\"t\\", constraint \\"ok\\": raw SQL/ },
  { name: 'an unknown function in a JSON schema CHECK', path: '/api/generate', init: json({ schema: jsonSchemaWith({ kind: 'binary', op: '>', left: { kind: 'call', name: 'pg_sleep', args: [idCol] }, right: idCol }) }), status: 400, code: 'SCHEMA_INVALID', says: /function \\"pg_sleep\\"/ },
  { name: 'an injected cast type in a JSON schema CHECK', path: '/api/generate', init: json({ schema: jsonSchemaWith({ kind: 'binary', op: '>', left: { kind: 'cast', operand: idCol, to: `int) > 0); DROP SCHEMA rowforge CASCADE; --` }, right: idCol }) }), status: 400, code: 'SCHEMA_INVALID', says: /cast to type/ },
  { name: 'a NUL byte in a query string', path: '/api/datasets?project=%00', status: 400, code: 'REQUEST_INVALID', says: /query\.project.*NUL/ },
  { name: 'a NUL byte in a project description', path: '/api/projects', init: json({ name: 'nul-desc', description: 'a\u0000b' }), status: 400, code: 'REQUEST_INVALID', says: /body\.description.*NUL/ },
  { name: 'a NUL byte in a dataset name', path: '/api/generate', init: json({ schema: LIBRARY_DDL, name: 'x\u0000' }), status: 400, code: 'REQUEST_INVALID', says: /body\.name.*NUL/ },
  { name: 'a Last-Event-ID too large', path: `/api/jobs/${UNKNOWN}/events`, init: { headers: { 'Last-Event-ID': '99999999999999999999' } }, status: 400, code: 'REQUEST_INVALID', says: /last-event-id/ },
  { name: 'a Last-Event-ID in exponent form', path: `/api/jobs/${UNKNOWN}/events`, init: { headers: { 'Last-Event-ID': '1e3' } }, status: 400, code: 'REQUEST_INVALID', says: /last-event-id/ },
  { name: 'an unknown route', path: '/api/nothing-here', status: 404, code: 'REQUEST_INVALID', says: /no route GET \/api\/nothing-here/ },
];

describe.each(STORE_KINDS)('bad requests on %s get 4xx with clear JSON errors, never a 500', (kind) => {
  let h: ApiHarness;
  beforeAll(async () => { h = await ApiHarness.open(kind, { maxRowsPerTable: 5000, maxBodyBytes: 65_536 }); });
  afterAll(async () => { await h.close(); });

  it.each(CASES)('$name → $status $code', async (c) => {
    const res = await h.request(c.path, c.init);
    const text = await res.text();
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = JSON.parse(text) as { error: { code: string; message: string } };
    expect({ status: res.status, code: body.error.code }).toEqual({ status: c.status, code: c.code });
    expect(text).toMatch(c.says);
    expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('a table the dataset does not have is 404 DATASET_TABLE_NOT_FOUND, and a page over the limit is 400', async () => {
    const job = await h.waitForJob(await h.generate({ schema: LIBRARY_DDL, numRecords: 3 }));
    const missing = await h.getJson<{ error: { code: string } }>(`/api/datasets/${job.datasetId ?? 'missing'}/tables/nope`);
    expect([missing.status, missing.body.error.code]).toEqual([404, 'DATASET_TABLE_NOT_FOUND']);
    const big = await h.getJson<{ error: { code: string } }>(`/api/datasets/${job.datasetId ?? 'missing'}/tables/books?limit=100000`);
    expect([big.status, big.body.error.code]).toEqual([400, 'REQUEST_INVALID']);
  });
});
