import { z } from 'zod';
import { isCalendarDate } from '../util/index.js';
import { ColumnSpecSchema } from './column-spec.js';

/** How many children each parent row gets, per foreign key. */
export const DistributionSchema = z.discriminatedUnion('kind', [
  /** Each child picks a parent uniformly at random. */
  z.object({ kind: z.literal('uniform') }),
  /** Few parents get most children (rank-frequency exponent `s`, e.g. 1.1). */
  z.object({ kind: z.literal('zipf'), s: z.number().positive().default(1.1) }),
  /** Children per parent ~ Poisson(`mean`); the child table's row count follows from it. */
  z.object({ kind: z.literal('poisson'), mean: z.number().positive() }),
  /** Exactly `count` children per parent; the child table has parents × count rows. */
  z.object({ kind: z.literal('exact'), count: z.number().int().positive() }),
  /** Every child has its own parent (1:1); needs rows <= parent rows. */
  z.object({ kind: z.literal('oneToOne') }),
  /** Distinct parent combinations over several foreign keys (a junction table's composite key). */
  z.object({ kind: z.literal('product') }),
]);

export const ForeignKeyPlanSchema = z.object({
  columns: z.array(z.string()).min(1),
  references: z.string(),
  distribution: DistributionSchema,
  nullRate: z.number().min(0).max(1).default(0),
});

export const TablePlanSchema = z.object({
  rows: z.number().int().min(0),
  columns: z.record(z.string(), ColumnSpecSchema),
  foreignKeys: z.array(ForeignKeyPlanSchema).default([]),
});

/**
 * A generation plan: what to make for every table and column. `planFor` infers one from a
 * schema; users print it (`rowforge plan`), edit it, and pass it back (`--plan FILE`).
 */
export const PlanSchema = z.object({
  format: z.literal('rowforge.plan'),
  version: z.literal(1),
  seed: z.string(),
  /** Dates are generated relative to this day, never to the wall clock. */
  referenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isCalendarDate, 'expected a calendar day as YYYY-MM-DD'),
  locale: z.literal('en_US').default('en_US'),
  defaultRows: z.number().int().min(0),
  tables: z.record(z.string(), TablePlanSchema),
});

export type Distribution = z.infer<typeof DistributionSchema>;
export type ForeignKeyPlan = z.infer<typeof ForeignKeyPlanSchema>;
export type TablePlan = z.infer<typeof TablePlanSchema>;
export type Plan = z.infer<typeof PlanSchema>;
