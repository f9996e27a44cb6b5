import { describe, expect, it } from 'vitest';
import type { Expr } from '../../schema/index.js';
import { evaluable, passes } from './evaluate-check.js';

const check = (name: string): Expr => ({ kind: 'call', name, args: [{ kind: 'column', name: 'j' }] });
const row = (j: string | null) => () => j;

describe('the engine evaluates json_valid and ISJSON', () => {
  it('json_valid(col): any JSON value; text that is none fails, so the row is redrawn', () => {
    expect(evaluable(check('json_valid'))).toBe(true);
    expect(passes(check('json_valid'), row('{"a":[1,2]}'))).toBe(true);
    expect(passes(check('json_valid'), row('"text"'))).toBe(true);
    expect(passes(check('json_valid'), row('The team met.'))).toBe(false);
    expect(passes(check('json_valid'), row(null))).toBe(true);
  });

  it('ISJSON(col) = 1: objects and arrays only', () => {
    const e: Expr = { kind: 'binary', op: '=', left: check('ISJSON'), right: { kind: 'literal', value: 1 } };
    expect(passes(e, row('[1]'))).toBe(true);
    expect(passes(e, row('42'))).toBe(false);
  });
});
