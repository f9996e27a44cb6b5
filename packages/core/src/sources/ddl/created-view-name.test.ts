import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/sql-lexer.js';
import { createdViewName } from './created-view-name.js';

describe('createdViewName', () => {
  it.each([
    ['postgres', 'CREATE MATERIALIZED VIEW IF NOT EXISTS public.mv AS SELECT 1', 'mv'],
    ['postgres', 'CREATE OR REPLACE VIEW "Active Users" AS SELECT 1', 'Active Users'],
    ['mssql', 'CREATE VIEW [dbo].[v_sales] WITH SCHEMABINDING AS SELECT 1 AS x', 'v_sales'],
    ['mysql', 'CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v3` AS select 1', 'v3'],
    ['postgres', 'CREATE INDEX ix ON t (a)', undefined],
    ['postgres', 'CREATE TABLE view_log (a int)', undefined],
  ] as const)('%s: %s', (dialect, sql, name) => {
    expect(createdViewName(tokenize(sql, dialect))).toBe(name);
  });
});
