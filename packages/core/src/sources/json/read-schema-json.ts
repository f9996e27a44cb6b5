import { RowforgeError } from '../../errors/index.js';
import { checkSchema, createSchema, type Schema } from '../../schema/index.js';
import type { SourceText } from '../text/source-text.js';

/** Offset named by a JSON.parse message ("at position 12" or "(line 2 column 5)"). */
function jsonErrorPosition(src: SourceText, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  return src.positionAt(pos ? Number(pos[1]) : 0);
}

/** Rowforge's own schema JSON (`{"format":"rowforge.schema",...}`), validated and checked. */
export function readSchemaJson(src: SourceText): Schema {
  let data: unknown;
  try {
    data = JSON.parse(src.text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = jsonErrorPosition(src, message);
    const position = src.file === undefined ? at : { file: src.file, ...at };
    throw new RowforgeError('SCHEMA_INVALID', `invalid JSON: ${message.split('\n')[0] ?? message}`, { position });
  }
  const schema = createSchema(data);
  checkSchema(schema);
  return schema;
}
