import type { JudgeRule } from '../rules/rule-catalog.js';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FindingSink } from '../finding-sink.js';
import { scanTable } from '../table/scan-table.js';
import type { TableSpec } from '../table/table-spec.js';
import { MANIFEST_FILES, type OneRosterVersion } from './oneroster-specs.js';

const MANIFEST: TableSpec = { file: 'manifest.csv', columns: ['propertyName', 'value'], required: ['propertyName'], cells: {} };
const FILE_MODES = ['absent', 'bulk', 'delta'];

/** What the manifest says: the version to judge by, and the data files to judge. */
export interface ManifestVerdict {
  readonly version: OneRosterVersion;
  /** Names (without .csv) of files that are present and not marked absent. */
  readonly judged: ReadonlySet<string>;
  /** Files whose manifest line and presence disagree: what they define is unknown, so references into them are not judged. */
  readonly unknown: ReadonlySet<string>;
}

type FileVerdict = 'judge' | 'empty' | 'unknown';

interface Property {
  readonly value: string;
  readonly row: number;
}

/**
 * manifest.csv: `manifest.version` 1.0, `oneroster.version` 1.1 or 1.2, one `file.<name>` line per
 * data file of that version, bulk files present, absent files absent, no delta, no unlisted CSV.
 */
export async function checkManifest(dir: string, sink: FindingSink): Promise<ManifestVerdict> {
  const props = new Map<string, Property>();
  const report = sink.forFile(MANIFEST.file);
  await scanTable({ path: join(dir, MANIFEST.file), file: MANIFEST.file, spec: MANIFEST }, sink, (row) => {
    const name = row.get('propertyName');
    if (props.has(name)) report(row.row, 'manifest-duplicate-property', `property ${name} is listed twice`, name);
    else props.set(name, { value: row.get('value'), row: row.row });
  });
  checkManifestVersion(props, sink);
  const version = versionOf(props, dir);
  return { version, ...checkFileLines(dir, version, props, sink) };
}

function checkManifestVersion(props: ReadonlyMap<string, Property>, sink: FindingSink): void {
  const expect = (name: string, allowed: readonly string[]): void => {
    const p = props.get(name);
    if (!p) sink.add(MANIFEST.file, 0, 'manifest-property-missing', `the manifest has no ${name} line`, name);
    else if (!allowed.includes(p.value)) sink.add(MANIFEST.file, p.row, 'manifest-version', `${name} must be ${allowed.join(' or ')}`, p.value);
  };
  expect('manifest.version', ['1.0']);
  expect('oneroster.version', ['1.1', '1.2']);
}

/** The declared version; when it is unusable, 1.2 if roles.csv is there, else 1.1. */
function versionOf(props: ReadonlyMap<string, Property>, dir: string): OneRosterVersion {
  const declared = props.get('oneroster.version')?.value;
  if (declared === '1.1' || declared === '1.2') return declared;
  return existsSync(join(dir, 'roles.csv')) ? '1.2' : '1.1';
}

function checkFileLines(dir: string, version: OneRosterVersion, props: ReadonlyMap<string, Property>, sink: FindingSink): Pick<ManifestVerdict, 'judged' | 'unknown'> {
  const known = MANIFEST_FILES[version];
  const judged = new Set<string>();
  const unknown = new Set<string>();
  for (const name of known) {
    const verdict = checkFileLine(dir, name, props.get(`file.${name}`), sink);
    if (verdict === 'judge') judged.add(name);
    if (verdict === 'unknown') unknown.add(name);
  }
  reportUnknownFileLines(props, known, sink);
  reportUnlistedCsv(dir, known, sink);
  return { judged, unknown };
}

/** Checks one `file.<name>` line and decides how the judge treats the file. */
function checkFileLine(dir: string, name: string, p: Property | undefined, sink: FindingSink): FileVerdict {
  const present = existsSync(join(dir, `${name}.csv`));
  if (!p) {
    sink.add(MANIFEST.file, 0, 'manifest-property-missing', `the manifest has no file.${name} line`, `file.${name}`);
    return present ? 'judge' : 'empty';
  }
  const problem = fileLineProblem(name, p.value, present);
  if (problem) sink.add(MANIFEST.file, p.row, problem.rule, problem.message, `file.${name}=${p.value}`);
  if (present && p.value === 'bulk') return 'judge';
  return !present && p.value === 'absent' ? 'empty' : 'unknown';
}

function fileLineProblem(name: string, mode: string, present: boolean): { rule: JudgeRule; message: string } | undefined {
  if (!FILE_MODES.includes(mode)) return { rule: 'manifest-mode', message: `file.${name} must be absent, bulk or delta` };
  if (mode === 'delta') return { rule: 'manifest-mode', message: `file.${name} is delta; only bulk exports are judged` };
  if (mode === 'bulk' && !present) return { rule: 'manifest-file-missing', message: `${name}.csv is marked bulk but is missing` };
  if (mode === 'absent' && present) return { rule: 'manifest-file-unexpected', message: `${name}.csv is present but marked absent` };
  return undefined;
}

function reportUnknownFileLines(props: ReadonlyMap<string, Property>, known: readonly string[], sink: FindingSink): void {
  for (const [name, p] of props) {
    if (name.startsWith('file.') && !known.includes(name.slice(5))) {
      sink.add(MANIFEST.file, p.row, 'manifest-unknown-file', `${name} is not a file of this OneRoster version`, name);
    }
  }
}

function reportUnlistedCsv(dir: string, known: readonly string[], sink: FindingSink): void {
  for (const file of readdirSync(dir).sort()) {
    const stem = file.replace(/\.csv$/i, '');
    if (stem !== file && file !== MANIFEST.file && !known.includes(stem)) {
      sink.add(file, 0, 'unexpected-file', `${file} is not a OneRoster file of this version`, file);
    }
  }
}
