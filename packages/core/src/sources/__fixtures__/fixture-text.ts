import { readFileSync } from 'node:fs';

/** Text of a DDL file in this folder. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
}

/** Text of one of the shared sample schemas (/work/shared/fixtures/ddl, never edited). */
export function sharedFixtureText(name: string): string {
  return readFileSync(`/work/shared/fixtures/ddl/${name}`, 'utf8');
}
