import type { Diagnostic, Plan, Schema, SourceDialect } from '@rowforge/core';

/** A generation checked on the request path and waiting to run: everything the job needs. */
export interface GenerationRequest {
  readonly project: string;
  readonly name: string;
  readonly schema: Schema;
  readonly plan: Plan;
  readonly dialect: SourceDialect;
  readonly warnings: readonly Diagnostic[];
}
