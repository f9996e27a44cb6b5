import { RowforgeError } from '@rowforge/core';
import { fieldIssues } from '../errors/validation-hook.js';
import { GenerateJsonSchema, type GenerateForm, type GenerateInput } from '../schemas/generate-schemas.js';

function formNumber(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  return /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text;
}

function formJson(field: string, text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RowforgeError('REQUEST_INVALID', `invalid request: body.${field}: expected a JSON object, e.g. {"authors":10}`, { issues: [{ path: `body.${field}`, message: 'expected a JSON object' }] });
  }
}

/** The multipart form's fields in the JSON request's shape (numbers and objects parsed). */
async function formFields(form: GenerateForm): Promise<Record<string, unknown>> {
  const schema = typeof form.schema === 'string' ? form.schema : await form.schema.text();
  const entries = Object.entries({
    schema, dialect: form.dialect, numRecords: formNumber(form.numRecords),
    perTableRowCounts: formJson('perTableRowCounts', form.perTableRowCounts),
    seed: form.seed, referenceDate: form.referenceDate, project: form.project, name: form.name,
  });
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined && v !== ''));
}

/** Validates a multipart generation request against the JSON request's rules. */
export async function generateInputFromForm(form: GenerateForm): Promise<GenerateInput> {
  const r = GenerateJsonSchema.safeParse(await formFields(form));
  if (r.success) return r.data;
  const issues = fieldIssues('form', r.error);
  throw new RowforgeError('REQUEST_INVALID', `invalid request: ${issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });
}
