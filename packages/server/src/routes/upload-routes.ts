import { createRoute, z } from '@hono/zod-openapi';
import { loadOrder, loadParsers, parseSchema, RowforgeError, describeType, type ParseResult, type Schema, type SourceDialect } from '@rowforge/core';
import type { Context } from 'hono';
import type { ApiApp } from '../app/app-deps.js';
import { errorResponses } from '../app/error-responses.js';
import { jsonObject } from '../app/json-object.js';
import { UploadFormSchema, UploadQuerySchema, UploadResultSchema } from '../schemas/upload-schemas.js';

const uploadRoute = createRoute({
  method: 'post',
  path: '/api/upload',
  tags: ['schemas'],
  summary: 'Upload a DDL (or schema JSON) file; with ?parse=true answer its tables, keys and load order, or the error with line and column',
  request: {
    query: UploadQuerySchema,
    body: {
      content: {
        'multipart/form-data': { schema: UploadFormSchema },
        'text/plain': { schema: z.string().openapi({ description: 'the DDL text itself' }) },
      },
    },
  },
  responses: {
    200: { description: 'the upload (and its parsed structure)', content: { 'application/json': { schema: UploadResultSchema } } },
    ...errorResponses(400, 413, 415),
  },
});

interface Upload { readonly fileName: string; readonly text: string }

async function readUpload(c: Context, form: () => { file: File }): Promise<Upload> {
  const type = c.req.header('content-type') ?? '';
  if (/^multipart\/form-data/i.test(type)) { const { file } = form(); return { fileName: file.name || 'upload.sql', text: await file.text() }; }
  if (/^text\/plain/i.test(type)) return { fileName: 'upload.sql', text: await c.req.text() };
  throw new RowforgeError('REQUEST_INVALID', 'upload the schema as multipart/form-data (field "file") or as text/plain', { issues: [{ path: 'body', message: 'Required' }] });
}

function structure(schema: Schema) {
  return schema.tables.map((t) => ({
    name: t.name,
    columns: t.columns.map((col) => ({ name: col.name, type: describeType(col.type), nullable: col.nullable })),
    primaryKey: t.primaryKey ? [...t.primaryKey.columns] : null,
    foreignKeys: t.foreignKeys.map((f) => ({ columns: [...f.columns], references: f.refTable, refColumns: [...f.refColumns] })),
  }));
}

function parsedView(u: Upload, r: ParseResult) {
  return {
    fileName: u.fileName, bytes: Buffer.byteLength(u.text), parsed: true, dialect: r.dialect, tables: structure(r.schema),
    loadOrder: [...loadOrder(r.schema).tables], warnings: r.warnings.map((w) => ({ message: w.message, line: w.line, column: w.column })),
    schema: jsonObject(r.schema),
  };
}

async function parseUpload(u: Upload, dialect: SourceDialect | 'auto'): Promise<ParseResult> {
  if (u.text.trim() === '') throw new RowforgeError('REQUEST_INVALID', `${u.fileName} is empty`, { issues: [{ path: 'body.file', message: 'the file is empty' }] });
  await loadParsers();
  return parseSchema(u.text, { dialect, file: u.fileName });
}

/** POST /api/upload?parse=true. */
export function registerUploadRoutes(app: ApiApp): void {
  app.openapi(uploadRoute, async (c) => {
    const upload = await readUpload(c, () => c.req.valid('form') as { file: File });
    const query = c.req.valid('query');
    if (query.parse !== 'true') return c.json({ fileName: upload.fileName, bytes: Buffer.byteLength(upload.text), parsed: false }, 200);
    return c.json(parsedView(upload, await parseUpload(upload, query.dialect ?? 'auto')), 200);
  });
}
