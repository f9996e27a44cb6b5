import { z } from '@hono/zod-openapi';
import { ProjectNameSchema, TextSchema } from './common-schemas.js';

export const NewProjectSchema = z.object({
  name: ProjectNameSchema,
  description: TextSchema.max(2000).optional().openapi({ example: 'test data for the library app' }),
}).strict().openapi('NewProject');

export const ProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.string(),
}).openapi('Project');

export const ProjectListSchema = z.object({ projects: z.array(ProjectSchema) }).openapi('ProjectList');

export const TransactionSchema = z.object({
  id: z.string(),
  project: z.string(),
  action: z.enum(['create', 'generate', 'modify', 'export', 'delete']),
  datasetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  at: z.string(),
}).openapi('Transaction');

export const TransactionListSchema = z.object({ project: z.string(), transactions: z.array(TransactionSchema) }).openapi('TransactionList');
