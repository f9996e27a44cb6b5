import { ErrorCodes, type ErrorCode } from '@rowforge/core';
import { describe, expect, it } from 'vitest';
import { httpStatusFor } from './http-status.js';

describe('httpStatusFor', () => {
  it('maps not-found codes to 404, conflicts to 409, limits to 422 and the unimplemented to 501', () => {
    expect(['DATASET_NOT_FOUND', 'DATASET_TABLE_NOT_FOUND', 'JOB_NOT_FOUND', 'PROJECT_NOT_FOUND'].map((c) => httpStatusFor(c as ErrorCode))).toEqual([404, 404, 404, 404]);
    expect([httpStatusFor('PROJECT_EXISTS'), httpStatusFor('ROW_LIMIT_EXCEEDED'), httpStatusFor('NOT_IMPLEMENTED')]).toEqual([409, 422, 501]);
  });

  it('answers every input and usage mistake with a 4xx (NOT_IMPLEMENTED is 501), and internal failures with 500', () => {
    for (const [code, category] of Object.entries(ErrorCodes) as [ErrorCode, string][]) {
      const status = httpStatusFor(code);
      if ((category === 'input' || category === 'usage') && code !== 'NOT_IMPLEMENTED') expect(status, code).toBeLessThan(500);
      if (category === 'internal') expect(status, code).toBe(500);
    }
  });
});
