import { RowforgeError } from '@rowforge/core';
import { z } from 'zod';

/** Checks an argument that crosses into the store; REQUEST_INVALID names the field. */
export function checkInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${what}.${issue.path.join('.')}` : what;
  throw new RowforgeError('REQUEST_INVALID', `invalid ${where}: ${issue?.message ?? 'invalid'}`, {});
}

export const ProjectName = z.string().trim().min(1, 'must not be empty').max(200);
export const Description = z.string().max(10_000);
export const Id = z.string().min(1);
export const Details = z.record(z.string(), z.unknown());
