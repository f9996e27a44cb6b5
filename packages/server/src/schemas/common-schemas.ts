import { z } from '@hono/zod-openapi';

const NUL_MESSAGE = 'must not contain a NUL byte (\\u0000): PostgreSQL text cannot hold it';

/** Every string the API accepts: PostgreSQL text cannot hold NUL, so it is refused here, by field. */
export const TextSchema = z.string().refine((s) => !s.includes('\0'), NUL_MESSAGE);

/** True when no string anywhere in a JSON value (keys included) holds a NUL byte. */
export function hasNoNul(value: unknown): boolean {
  return !JSON.stringify(value).includes('\\u0000');
}

/** A JSON object (e.g. a schema) whose strings carry no NUL byte. */
export const JsonObjectSchema = z.record(TextSchema, z.unknown()).refine(hasNoNul, NUL_MESSAGE);

/** Project names: what a URL path segment and a log line can carry without quoting. */
export const ProjectNameSchema = TextSchema
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/, 'a project name is 1–63 letters, digits, "_", "." or "-", starting with a letter or digit')
  .openapi({ example: 'library' });

/** Dataset and job ids as the store makes them (UUIDs); letters, digits, "-" and "_". */
export const IdSchema = TextSchema.regex(/^[A-Za-z0-9_-]{1,100}$/, 'not a valid id (letters, digits, "-" and "_")');

export const IdParamsSchema = z.object({
  id: IdSchema.openapi({ param: { name: 'id', in: 'path' }, example: '0b8f1a52-6c1e-4c1e-9b39-7c1f0d4c9a11' }),
});

export const ProjectParamsSchema = z.object({
  name: ProjectNameSchema.openapi({ param: { name: 'name', in: 'path' } }),
});

export const RowCountsSchema = z.array(z.object({ table: z.string(), rows: z.number().int() })).openapi('RowCounts');
