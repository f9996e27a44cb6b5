import { matches, oneOf, satisfies } from './cell-checks.js';
import { isEmail, isIsoDateTime, parseIsoDate, parseUsDate } from './value-formats.js';
import { CEDS_GRADES, CLEVER_GRADES, OR_BOOLEAN, US_STATES } from './vocabularies.js';

/** Cell checks shared by several files. */
export const cells = {
  email: satisfies('bad-email', 'email must look like x@y.z', isEmail),
  usDate: satisfies('date-format', 'date must be MM/DD/YYYY and a real date', (v) => parseUsDate(v) !== undefined),
  isoDate: satisfies('date-format', 'date must be YYYY-MM-DD and a real date', (v) => parseIsoDate(v) !== undefined),
  isoDateTime: satisfies('datetime-format', 'must be an ISO 8601 date-time with a zone, e.g. 2025-08-01T00:00:00.000Z', isIsoDateTime),
  cleverGrade: oneOf('unknown-grade', 'grade', CLEVER_GRADES),
  cedsGrade: oneOf('unknown-grade', 'grade (CEDS code)', CEDS_GRADES),
  state: oneOf('vocabulary', 'state', US_STATES),
  zip: matches('zip-format', 'ZIP', /^\d{5}(-\d{4})?$/),
  boolean: oneOf('boolean-format', 'value', OR_BOOLEAN),
} as const;
