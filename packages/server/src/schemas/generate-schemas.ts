import { z } from '@hono/zod-openapi';
import { JsonObjectSchema, ProjectNameSchema, TextSchema } from './common-schemas.js';

const RowCount = z.number().int().positive();

export const SOURCE_DIALECTS = ['auto', 'postgres', 'mysql', 'sqlite', 'mssql', 'json'] as const;

/** POST /api/generate as JSON, with seed 001's option names. */
export const GenerateJsonSchema = z.object({
  schema: z.union([TextSchema.min(1), JsonObjectSchema])
    .openapi({ description: 'SQL DDL in any supported dialect, or Rowforge schema JSON (as text or as an object)', example: 'CREATE TABLE authors (id INT PRIMARY KEY, name VARCHAR(80) NOT NULL);' }),
  dialect: z.enum(SOURCE_DIALECTS).default('auto'),
  numRecords: RowCount.optional().openapi({ description: 'rows for every table without an override (default: the server\'s defaultNumRecords)', example: 50 }),
  perTableRowCounts: z.record(TextSchema, RowCount).optional().openapi({ example: { authors: 10 } }),
  seed: z.union([TextSchema.max(200), z.number()]).optional().openapi({ description: 'same seed, same data', example: 42 }),
  referenceDate: z.iso.date().optional().openapi({ description: 'the "today" dates are generated around, and CHECKs against CURRENT_DATE/now() are read at (YYYY-MM-DD)' }),
  project: ProjectNameSchema.default('default').openapi({ description: 'an existing project; "default" is created on first use' }),
  name: TextSchema.min(1).max(200).optional().openapi({ description: 'dataset name (default: derived from the tables)' }),
}).strict().openapi('GenerateRequest');

export type GenerateInput = z.output<typeof GenerateJsonSchema>;

const FormText = TextSchema.optional();

/** The multipart form of POST /api/generate: the schema as an uploaded file (or text), options as fields. */
export const GenerateFormSchema = z.object({
  schema: z.union([TextSchema, z.file()]).openapi({ type: 'string', format: 'binary', description: 'the DDL or schema JSON file' }),
  dialect: FormText,
  numRecords: FormText,
  perTableRowCounts: FormText.openapi({ description: 'a JSON object, e.g. {"authors":10}' }),
  seed: FormText,
  referenceDate: FormText,
  project: FormText,
  name: FormText,
}).strict().openapi('GenerateUpload');

export type GenerateForm = z.output<typeof GenerateFormSchema>;

export const GenerateAcceptedSchema = z.object({
  jobId: z.string().openapi({ example: '7d5c2f0e-6a0b-4a53-8d7e-2f6f1b9b7a10' }),
  status: z.string().openapi({ example: '/api/jobs/7d5c2f0e-6a0b-4a53-8d7e-2f6f1b9b7a10' }),
  events: z.string().openapi({ example: '/api/jobs/7d5c2f0e-6a0b-4a53-8d7e-2f6f1b9b7a10/events' }),
}).openapi('GenerateAccepted');
