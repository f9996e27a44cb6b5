import { z } from '@hono/zod-openapi';

export const UploadQuerySchema = z.object({
  parse: z.enum(['true', 'false']).optional().openapi({ param: { name: 'parse', in: 'query' }, description: 'parse the DDL and answer with its structure' }),
  dialect: z.enum(['auto', 'postgres', 'mysql', 'sqlite', 'mssql', 'json']).optional().openapi({ param: { name: 'dialect', in: 'query' } }),
});

export const UploadFormSchema = z.object({
  file: z.file().openapi({ type: 'string', format: 'binary', description: 'a .sql, .ddl, .txt or .json schema file' }),
}).openapi('SchemaUpload');

const ParsedTableSchema = z.object({
  name: z.string(),
  columns: z.array(z.object({ name: z.string(), type: z.string(), nullable: z.boolean() })),
  primaryKey: z.array(z.string()).nullable(),
  foreignKeys: z.array(z.object({ columns: z.array(z.string()), references: z.string(), refColumns: z.array(z.string()) })),
});

export const UploadResultSchema = z.object({
  fileName: z.string(),
  bytes: z.number().int(),
  parsed: z.boolean(),
  dialect: z.string().optional(),
  tables: z.array(ParsedTableSchema).optional(),
  loadOrder: z.array(z.string()).optional(),
  warnings: z.array(z.object({ message: z.string(), line: z.number().int(), column: z.number().int() })).optional(),
  schema: z.record(z.string(), z.unknown()).optional().openapi({ description: 'the Rowforge schema JSON; POST it back as `schema` to generate' }),
}).openapi('UploadResult');
