import { sql, type Kysely, type Migration } from 'kysely';

/** Projects, datasets, jobs with their events, and the audit log, in schema `rowforge`. */
export const initial: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const s = db.schema.withSchema('rowforge');
    await s.createTable('projects')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .execute();
    await s.createTable('datasets')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('project_id', 'uuid', (c) => c.notNull().references('rowforge.projects.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('schema', 'jsonb', (c) => c.notNull())
      .addColumn('plan', 'jsonb', (c) => c.notNull())
      .addColumn('seed', 'text', (c) => c.notNull())
      .addColumn('row_counts', 'jsonb', (c) => c.notNull())
      .addColumn('generator_version', 'text', (c) => c.notNull())
      .addColumn('validation', 'jsonb')
      .addColumn('data_schema', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .execute();
    await s.createIndex('datasets_project_idx').on('datasets').columns(['project_id', 'created_at']).execute();
    await s.createTable('jobs')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('project_id', 'uuid', (c) => c.notNull().references('rowforge.projects.id').onDelete('cascade'))
      .addColumn('state', 'text', (c) => c.notNull().check(sql`state IN ('queued', 'running', 'completed', 'failed')`))
      .addColumn('progress', 'float8', (c) => c.notNull().defaultTo(0).check(sql`progress BETWEEN 0 AND 1`))
      .addColumn('dataset_id', 'uuid')
      .addColumn('error', 'text')
      .addColumn('event_seq', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .execute();
    await s.createTable('job_events')
      .addColumn('job_id', 'uuid', (c) => c.notNull().references('rowforge.jobs.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('data', 'jsonb', (c) => c.notNull())
      .addPrimaryKeyConstraint('job_events_pkey', ['job_id', 'seq'])
      .execute();
    await s.createTable('audit_log')
      .addColumn('seq', 'integer', (c) => c.generatedAlwaysAsIdentity().primaryKey())
      .addColumn('id', 'uuid', (c) => c.notNull().unique())
      .addColumn('project_id', 'uuid', (c) => c.notNull().references('rowforge.projects.id').onDelete('cascade'))
      .addColumn('action', 'text', (c) => c.notNull().check(sql`action IN ('create', 'generate', 'modify', 'export', 'delete')`))
      .addColumn('dataset_id', 'uuid')
      .addColumn('details', 'jsonb', (c) => c.notNull())
      .addColumn('at', 'timestamptz', (c) => c.notNull())
      .execute();
    await s.createIndex('audit_log_project_idx').on('audit_log').columns(['project_id', 'seq']).execute();
  },
};
