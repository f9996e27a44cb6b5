import { describe, expect, it } from 'vitest';
import type { Expr } from '../../schema/index.js';
import type { Target } from '../target.js';
import { renderableOn, renderExpr } from './render-expr.js';

const col = (name: string): Expr => ({ kind: 'column', name });
const lit = (value: string | number): Expr => ({ kind: 'literal', value });
const call = (name: string, ...args: Expr[]): Expr => ({ kind: 'call', name, args });
const lt = (left: Expr, n: number): Expr => ({ kind: 'binary', op: '<', left, right: lit(n) });
const sql = (e: Expr, target: Target): string => renderExpr(e, target, (n) => `"${n}"`);

describe('parts of dates and times in each target\'s SQL', () => {
  it('date_part (EXTRACT) of each field', () => {
    const dow = lt(call('date_part', lit('dow'), col('t')), 6);
    expect(sql(dow, 'postgres')).toBe('EXTRACT(DOW FROM "t") < 6');
    expect(sql(dow, 'mysql')).toBe('(DAYOFWEEK("t") - 1) < 6');
    expect(sql(dow, 'sqlite')).toBe(`CAST(strftime('%w', "t") AS INTEGER) < 6`);
    expect(sql(dow, 'mssql')).toBe('(DATEPART(weekday, "t") - 1) < 6');
    const second = lt(call('date_part', lit('second'), col('t')), 30);
    expect([sql(second, 'mysql'), sql(second, 'sqlite')]).toEqual(['EXTRACT(SECOND FROM "t") < 30', `CAST(strftime('%f', "t") AS REAL) < 30`]);
  });

  it('MySQL HOUR and DAYOFWEEK, SQL Server DATEPART: as they are at home, translated elsewhere', () => {
    expect(sql(lt(call('HOUR', col('t')), 17), 'mysql')).toBe('HOUR("t") < 17');
    expect(sql(lt(call('hour', col('t')), 17), 'postgres')).toBe('EXTRACT(HOUR FROM "t") < 17');
    expect(sql(lt(call('second', col('t')), 17), 'postgres')).toBe('FLOOR(EXTRACT(SECOND FROM "t")) < 17');
    expect(sql(lt(call('dayofweek', col('t')), 7), 'mssql')).toBe('DATEPART(weekday, "t") < 7');
    expect(sql(lt(call('datepart', col('hh'), col('t')), 17), 'mssql')).toBe('DATEPART(hh, "t") < 17');
    expect(sql(lt(call('datepart', col('weekday'), col('t')), 7), 'postgres')).toBe('(EXTRACT(DOW FROM "t") + 1) < 7');
  });

  it('what a target cannot write is left out: MySQL\'s epoch, SQLite\'s ISO week, SQL Server\'s own week elsewhere', () => {
    expect(renderableOn(lt(call('date_part', lit('epoch'), col('t')), 0), 'mysql')).toBe(false);
    expect(renderableOn(lt(call('date_part', lit('week'), col('t')), 10), 'sqlite')).toBe(false);
    expect(renderableOn(lt(call('datepart', col('week'), col('t')), 10), 'postgres')).toBe(false);
    expect(renderableOn(lt(call('datepart', col('week'), col('t')), 10), 'mssql')).toBe(true);
    expect(renderableOn(lt(call('date_part', lit('week'), col('t')), 10), 'mysql')).toBe(true);
  });
});
