import type { TableSpec } from './table-spec.js';

/** Why a header does not match its spec, or undefined when it does. */
export function headerProblem(header: readonly (string | null)[], spec: TableSpec): string | undefined {
  const names = header.map((h) => h ?? '');
  const base = spec.columns;
  for (let i = 0; i < base.length; i++) {
    if (names[i] !== base[i]) return columnMismatch(names[i], base[i] ?? '', i);
  }
  return extrasProblem(names.slice(base.length), spec);
}

function columnMismatch(found: string | undefined, expected: string, i: number): string {
  if (found === undefined) return `header ends before column ${i + 1} '${expected}'`;
  return `column ${i + 1} is '${found}' but must be '${expected}'`;
}

function extrasProblem(extras: readonly string[], spec: TableSpec): string | undefined {
  const allowed = new Set(spec.extraColumns ?? []);
  const seen = new Set(spec.columns);
  for (const name of extras) {
    const known = allowed.has(name) || (spec.metadataColumns === true && name.startsWith('metadata.'));
    if (!known) return `unexpected column '${name}' after the ${spec.columns.length} spec columns`;
    if (seen.has(name)) return `column '${name}' appears twice`;
    seen.add(name);
  }
  return undefined;
}
