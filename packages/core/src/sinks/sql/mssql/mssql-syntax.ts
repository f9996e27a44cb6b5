import type { SqlSyntax } from '../sql-dialect.js';
import { mapFunction, spellCast } from '../cast-family.js';
import { standardStringLiteral } from '../sql-strings.js';

/** SQL Server syntax: `[x]` identifiers, `N'..'` strings, `0x..` binary, BIT booleans. */
export const mssqlSyntax: SqlSyntax = {
  target: 'mssql',
  quoteIdent: (name) => `[${name.replaceAll(']', ']]')}]`,
  stringLiteral: (s) => `N${standardStringLiteral(s)}`,
  booleanLiteral: (b) => (b ? '1' : '0'),
  bytesLiteral: (hex) => `0x${hex}`,
  concat: (l, r) => `${l} + ${r}`,
  functionName: (name) => mapFunction(name, { length: 'LEN', now: 'SYSDATETIME' }),
  castType: (to) => spellCast(to, { text: 'NVARCHAR(MAX)', integer: 'BIGINT', decimal: 'DECIMAL(38,10)', float: 'FLOAT', timestamp: 'DATETIME2', boolean: 'BIT' }),
  likeOperator: () => 'LIKE',
};
