import type { GeneratedData, Plan, Schema, ValidationReport } from '@rowforge/core';

/**
 * The store's contract. `@rowforge/server` and the CLI code against these types only;
 * `openStore` returns an implementation over PGlite (default) or a PostgreSQL server.
 */

export interface Project {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly createdAt: string;
}

export interface TableCount {
  readonly table: string;
  readonly rows: number;
}

export interface Dataset {
  readonly id: string;
  readonly project: string;
  readonly name: string;
  readonly schema: Schema;
  readonly plan: Plan;
  readonly seed: string;
  readonly rowCounts: readonly TableCount[];
  readonly generatorVersion: string;
  readonly validation: ValidationReport | null;
  /** The PostgreSQL schema in the store that holds this dataset's rows. */
  readonly dataSchema: string;
  readonly createdAt: string;
}

export type JobState = 'queued' | 'running' | 'completed' | 'failed';

export interface Job {
  readonly id: string;
  readonly project: string;
  readonly state: JobState;
  /** 0..1 */
  readonly progress: number;
  readonly datasetId: string | null;
  readonly error: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface JobEvent {
  /** 1, 2, 3… per job: the SSE id, so Last-Event-ID resumes after it. */
  readonly seq: number;
  readonly name: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export type AuditAction = 'create' | 'generate' | 'modify' | 'export' | 'delete';

export interface AuditEntry {
  readonly id: string;
  readonly project: string;
  readonly action: AuditAction;
  readonly datasetId: string | null;
  readonly details: Readonly<Record<string, unknown>>;
  readonly at: string;
}

export interface NewDataset {
  readonly project: string;
  readonly name: string;
  readonly schema: Schema;
  readonly plan: Plan;
  /**
   * The validation report saved with the dataset; a function is called once every row is loaded,
   * before the dataset is recorded (for a report made as the rows stream, as the server's tap does).
   */
  readonly validation: ValidationReport | null | (() => ValidationReport | null);
  /** The rows, loaded into the dataset's own PostgreSQL schema with every constraint on. */
  readonly data: GeneratedData;
  readonly onProgress?: (e: { table: string; rowsDone: number; rowCount: number }) => void;
}

export interface TablePage {
  readonly table: string;
  readonly columns: readonly string[];
  /** Cells as text (NULL as null), in the table's column order. */
  readonly rows: readonly (readonly (string | null)[])[];
  readonly offset: number;
  readonly limit: number;
  readonly total: number;
}

export interface StoreHealth {
  readonly ok: boolean;
  readonly kind: 'pglite' | 'postgres';
  readonly migrations: { readonly applied: readonly string[]; readonly pending: readonly string[] };
}

export interface Store {
  readonly kind: 'pglite' | 'postgres';
  health(): Promise<StoreHealth>;
  readonly projects: {
    create(p: { name: string; description?: string }): Promise<Project>;
    /** Returns the project, creating it (and auditing `create`) if it does not exist. */
    ensure(name: string): Promise<Project>;
    get(name: string): Promise<Project | undefined>;
    list(): Promise<readonly Project[]>;
  };
  readonly datasets: {
    /** Stores metadata and loads the rows; audits `generate`. Nothing is left behind on failure. */
    create(d: NewDataset): Promise<Dataset>;
    get(id: string): Promise<Dataset | undefined>;
    list(filter?: { project?: string }): Promise<readonly Dataset[]>;
    page(id: string, table: string, offset: number, limit: number): Promise<TablePage>;
    /** Drops the rows' schema and the metadata; audits `delete`. */
    delete(id: string): Promise<void>;
  };
  readonly jobs: {
    create(j: { project: string }): Promise<Job>;
    get(id: string): Promise<Job | undefined>;
    /** Patches a job; `state: 'completed'` clears `error` unless the patch sets it. */
    update(id: string, patch: Partial<Pick<Job, 'state' | 'progress' | 'datasetId' | 'error'>>): Promise<Job>;
    /**
     * Marks queued or running jobs failed with `reason`: every one (startup after a crash), or
     * only those in `ids` (a runner's own jobs at shutdown). Resolves to the number marked.
     */
    failUnfinished(reason: string, ids?: readonly string[]): Promise<number>;
    appendEvent(jobId: string, name: string, data: Record<string, unknown>): Promise<JobEvent>;
    events(jobId: string, afterSeq?: number): Promise<readonly JobEvent[]>;
  };
  readonly audit: {
    record(e: { project: string; action: AuditAction; datasetId?: string; details?: Record<string, unknown> }): Promise<AuditEntry>;
    list(project: string): Promise<readonly AuditEntry[]>;
  };
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** PostgreSQL server URL; default `process.env.DATABASE_URL`. When unset, PGlite is used. */
  readonly databaseUrl?: string;
  /** PGlite data directory; default `$ROWFORGE_HOME/pglite` (ROWFORGE_HOME default ~/.rowforge). `memory://` for in-memory. */
  readonly dataDir?: string;
  /**
   * Largest number of connections to a PostgreSQL server (default 20). Give at least the
   * generations that run at once + 5: each running job holds one for its whole load.
   */
  readonly poolSize?: number;
}

/** A {@link NewDataset}'s report, calling it when it is a function (after the rows are loaded). */
export const reportOf = (v: NewDataset['validation']): ValidationReport | null => (typeof v === 'function' ? v() : v);
