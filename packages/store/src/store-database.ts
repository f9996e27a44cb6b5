import type { ColumnType, Generated } from 'kysely';

/** Written as an ISO string, read back as the driver's Date. */
type Timestamp = ColumnType<Date, string, string>;
/** Written as JSON text, read back parsed (checked with zod before use). */
type Json = ColumnType<unknown, string, string>;

export interface ProjectsTable {
  id: string;
  name: string;
  description: string;
  created_at: Timestamp;
}

export interface DatasetsTable {
  id: string;
  project_id: string;
  name: string;
  schema: Json;
  plan: Json;
  seed: string;
  row_counts: Json;
  generator_version: string;
  validation: ColumnType<unknown, string | null, string | null>;
  data_schema: string;
  created_at: Timestamp;
}

export interface JobsTable {
  id: string;
  project_id: string;
  state: string;
  progress: number;
  dataset_id: string | null;
  error: string | null;
  event_seq: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface JobEventsTable {
  job_id: string;
  seq: number;
  name: string;
  data: Json;
}

export interface AuditLogTable {
  seq: Generated<number>;
  id: string;
  project_id: string;
  action: string;
  dataset_id: string | null;
  details: Json;
  at: Timestamp;
}

/** The store's tables (schema `rowforge`), as Kysely sees them. */
export interface StoreDatabase {
  'rowforge.projects': ProjectsTable;
  'rowforge.datasets': DatasetsTable;
  'rowforge.jobs': JobsTable;
  'rowforge.job_events': JobEventsTable;
  'rowforge.audit_log': AuditLogTable;
}
