import { RowforgeError } from '@rowforge/core';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { toErrorResponse } from './error-response.js';
import { sqlDataException } from './sql-data-exception.js';

const nul = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });

describe('sqlDataException', () => {
  it('finds a SQLSTATE class 22 error on the error or in its cause chain, and nothing else', () => {
    expect(sqlDataException(nul)?.sqlState).toBe('22021');
    expect(sqlDataException(new RowforgeError('INTERNAL', 'wrapped', {}, { cause: nul }))?.sqlState).toBe('22021');
    expect(sqlDataException(Object.assign(new Error('unique'), { code: '23505' }))).toBeUndefined();
    expect(sqlDataException('22021')).toBeUndefined();
  });

  it('makes toErrorResponse answer 400 REQUEST_INVALID instead of 500', async () => {
    const app = new Hono().get('/x', () => { throw nul; }).onError(toErrorResponse);
    const res = await app.request('/x');
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect([res.status, body.error.code]).toEqual([400, 'REQUEST_INVALID']);
    expect(body.error.message).toMatch(/22021/);
  });
});
