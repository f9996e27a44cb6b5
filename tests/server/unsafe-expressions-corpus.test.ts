/**
 * The server refuses CHECK expressions that are unsafe to render into its store's database
 * (`unsafeExpressions`); every legitimate DDL schema of the corpus must still pass, as DDL and
 * as the JSON schema it parses to (raw nodes are refused only in JSON schemas).
 */
import { readFileSync } from 'node:fs';
import { loadParsers, parseSchema, unsafeExpressions } from '@rowforge/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, corpusPath } from '../corpus/index.js';

/** Corpus files with CHECK SQL the reader keeps untranslated (a `raw` node each), refused only as JSON. */
const UNTRANSLATED: Readonly<Record<string, number>> = {};

describe('unsafeExpressions over the DDL corpus', () => {
  beforeAll(() => loadParsers());

  it.each(CORPUS.map((e) => [e.file, e] as const))('%s has no unsafe CHECK part', (_file, entry) => {
    const { schema } = parseSchema(readFileSync(corpusPath(entry), 'utf8'), { dialect: entry.dialect, file: entry.file });
    expect(unsafeExpressions(schema, { allowRaw: true })).toEqual([]);
    const asJson = unsafeExpressions(schema);
    expect(asJson.map((u) => u.part)).toEqual(Array<string>(UNTRANSLATED[entry.file] ?? 0).fill('raw'));
  });
});
