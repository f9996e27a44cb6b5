import type { SqlSyntax } from '../sql-dialect.js';
import { mapFunction, spellCast } from '../cast-family.js';
import { mysqlStringLiteral } from '../sql-strings.js';

/** MySQL / MariaDB syntax: backtick identifiers, backslash-escaping string literals. */
export const mysqlSyntax: SqlSyntax = {
  target: 'mysql',
  quoteIdent: (name) => `\`${name.replaceAll('`', '``')}\``,
  stringLiteral: mysqlStringLiteral,
  booleanLiteral: (b) => (b ? 'TRUE' : 'FALSE'),
  bytesLiteral: (hex) => `X'${hex}'`,
  concat: (l, r) => `CONCAT(${l}, ${r})`,
  functionName: (name) => mapFunction(name, { length: 'CHAR_LENGTH' }),
  castType: (to) => spellCast(to, { text: 'CHAR', integer: 'SIGNED', decimal: 'DECIMAL(65,30)', float: 'DOUBLE', timestamp: 'DATETIME', boolean: 'UNSIGNED' }),
  likeOperator: () => 'LIKE',
  regexOperator: (negated) => (negated ? 'NOT REGEXP' : 'REGEXP'),
};
