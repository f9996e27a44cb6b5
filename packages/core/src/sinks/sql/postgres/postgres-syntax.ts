import type { SqlSyntax } from '../sql-dialect.js';
import { mapFunction, spellCast } from '../cast-family.js';
import { doubleQuoteIdent, standardStringLiteral } from '../sql-strings.js';

/** PostgreSQL syntax (assumes standard_conforming_strings = on, which the scripts set). */
export const postgresSyntax: SqlSyntax = {
  target: 'postgres',
  quoteIdent: doubleQuoteIdent,
  stringLiteral: standardStringLiteral,
  booleanLiteral: (b) => (b ? 'TRUE' : 'FALSE'),
  bytesLiteral: (hex) => `'\\x${hex}'`,
  concat: (l, r) => `${l} || ${r}`,
  functionName: (name) => mapFunction(name, { length: 'char_length', now: 'now' }),
  castType: (to) => spellCast(to, { text: 'text', integer: 'bigint', decimal: 'numeric', float: 'double precision', timestamp: 'timestamp', boolean: 'boolean' }),
  likeOperator: (ci) => (ci ? 'ILIKE' : 'LIKE'),
  regexOperator: (negated, ci) => `${negated ? '!' : ''}~${ci ? '*' : ''}`,
};
