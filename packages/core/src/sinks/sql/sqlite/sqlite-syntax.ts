import type { SqlSyntax } from '../sql-dialect.js';
import { mapFunction, spellCast } from '../cast-family.js';
import { doubleQuoteIdent, standardStringLiteral } from '../sql-strings.js';

/** SQLite syntax; booleans are 1/0, binary is `X'..'`. */
export const sqliteSyntax: SqlSyntax = {
  target: 'sqlite',
  quoteIdent: doubleQuoteIdent,
  stringLiteral: standardStringLiteral,
  booleanLiteral: (b) => (b ? '1' : '0'),
  bytesLiteral: (hex) => `X'${hex}'`,
  concat: (l, r) => `${l} || ${r}`,
  functionName: (name) => mapFunction(name, { length: 'length' }),
  castType: (to) => spellCast(to, { text: 'TEXT', integer: 'INTEGER', decimal: 'NUMERIC', float: 'REAL', date: 'TEXT', timestamp: 'TEXT', boolean: 'INTEGER' }),
  likeOperator: () => 'LIKE',
};
