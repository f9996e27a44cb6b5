/**
 * The package table of docs/architecture.md: which workspace packages each package outside core
 * may import by name. Like the layer table, the document is the rule.
 */

/** Package folder name (`k12`) → the workspace packages it may import (`core`, …). */
export type PackageTable = ReadonlyMap<string, ReadonlySet<string>>;

const ROW = /^\|\s*`packages\/([\w-]+)`[^|]*\|[^|]*\|\s*([^|]+?)\s*\|\s*$/;

/** Parses rows like "| `packages/server` (`@rowforge/server`) | what | core, store |"; "every package" allows all. */
export function parsePackageTable(markdown: string): PackageTable {
  const rows = markdown.split(/\r?\n/).map((l) => ROW.exec(l.trim())).filter((m) => m !== null);
  const names = rows.map((m) => m[1] ?? '');
  return new Map(rows.map((m) => [m[1] ?? '', allowList(m[2] ?? '', names)]));
}

function allowList(text: string, all: readonly string[]): Set<string> {
  const plain = text.trim().toLowerCase();
  if (plain === 'every package') return new Set(['core', ...all]);
  return new Set(plain.split(',').map((s) => s.trim()).filter((s) => s.length > 0));
}

/** Why `pkg` may not import `@rowforge/<target>`, or undefined when it may. */
export function packageImportProblem(table: PackageTable, pkg: string, target: string): string | undefined {
  const allowed = table.get(pkg);
  if (!allowed) return `package ${pkg} is not in the package table of docs/architecture.md`;
  if (target === pkg || allowed.has(target)) return undefined;
  return `package ${pkg} may import ${[...allowed].join(', ') || 'no workspace package'}; not @rowforge/${target}`;
}
