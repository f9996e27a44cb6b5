import { keyword, type Token } from '../text/sql-lexer.js';
import { statementLabel } from './skip-statement.js';

const isName = (t: Token | undefined): t is Token => t !== undefined && (t.kind === 'word' || t.kind === 'quoted');
const isDot = (t: Token | undefined): boolean => t?.kind === 'punct' && t.text === '.';

/**
 * The name (last part) of the view a `CREATE [OR REPLACE|OR ALTER] [MATERIALIZED] VIEW
 * [IF NOT EXISTS] schema.name ...` statement creates, from its tokens; undefined for any other statement.
 */
export function createdViewName(tokens: readonly Token[]): string | undefined {
  if (statementLabel(tokens) !== 'CREATE VIEW') return undefined;
  let k = tokens.findIndex((t) => keyword(t) === 'VIEW') + 1;
  if (keyword(tokens[k]) === 'IF') k += 3;
  while (isName(tokens[k]) && isDot(tokens[k + 1])) k += 2;
  const t = tokens[k];
  return isName(t) ? t.text : undefined;
}
