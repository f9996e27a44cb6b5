import { PlanSchema, RowforgeError, SchemaSchema, ValidationReportSchema } from '@rowforge/core';
import { z } from 'zod';
import type { AuditEntry, Dataset, Job, JobEvent, Project } from '../store-types.js';

/** Rows read back from the store are checked: JSON columns especially cross a boundary. */
function parse<T>(schema: z.ZodType<T>, row: unknown, what: string): T {
  const r = schema.safeParse(row);
  if (r.success) return r.data;
  throw new RowforgeError('INTERNAL', `the store holds a malformed ${what}: ${r.error.issues[0]?.message ?? 'invalid'}`, { hint: 'the store may have been written by a newer rowforge' });
}

const iso = z.date().transform((d) => d.toISOString());
const json = z.record(z.string(), z.unknown());

const ProjectRow = z.object({ id: z.string(), name: z.string(), description: z.string(), created_at: iso })
  .transform((r): Project => ({ id: r.id, name: r.name, description: r.description, createdAt: r.created_at }));

const DatasetRow = z.object({
  id: z.string(), project: z.string(), name: z.string(), schema: SchemaSchema, plan: PlanSchema, seed: z.string(),
  row_counts: z.array(z.object({ table: z.string(), rows: z.number().int().nonnegative() })),
  generator_version: z.string(), validation: ValidationReportSchema.nullable(), data_schema: z.string(), created_at: iso,
}).transform((r): Dataset => ({
  id: r.id, project: r.project, name: r.name, schema: r.schema, plan: r.plan, seed: r.seed, rowCounts: r.row_counts,
  generatorVersion: r.generator_version, validation: r.validation, dataSchema: r.data_schema, createdAt: r.created_at,
}));

const JobRow = z.object({
  id: z.string(), project: z.string(), state: z.enum(['queued', 'running', 'completed', 'failed']), progress: z.number().min(0).max(1),
  dataset_id: z.string().nullable(), error: z.string().nullable(), created_at: iso, updated_at: iso,
}).transform((r): Job => ({
  id: r.id, project: r.project, state: r.state, progress: r.progress, datasetId: r.dataset_id, error: r.error, createdAt: r.created_at, updatedAt: r.updated_at,
}));

const JobEventRow = z.object({ seq: z.number().int().positive(), name: z.string(), data: json });

const AuditRow = z.object({
  id: z.string(), project: z.string(), action: z.enum(['create', 'generate', 'modify', 'export', 'delete']),
  dataset_id: z.string().nullable(), details: json, at: iso,
}).transform((r): AuditEntry => ({ id: r.id, project: r.project, action: r.action, datasetId: r.dataset_id, details: r.details, at: r.at }));

export const toProject = (row: unknown): Project => parse(ProjectRow, row, 'project');
export const toDataset = (row: unknown): Dataset => parse(DatasetRow, row, 'dataset');
export const toJob = (row: unknown): Job => parse(JobRow, row, 'job');
export const toJobEvent = (row: unknown): JobEvent => parse(JobEventRow, row, 'job event');
export const toAuditEntry = (row: unknown): AuditEntry => parse(AuditRow, row, 'audit entry');
