import type { LayerReport } from './check-layers.js';

/** Human-readable lines; the last line is the one-line summary. */
export function formatReport(report: LayerReport): string[] {
  const lines: string[] = [];
  for (const v of report.violations) {
    const arrow = v.specifier ? ` → '${v.specifier}'${v.target ? ` (${v.target})` : ''}` : '';
    lines.push(`${v.file}:${v.line}${arrow}`, `    [${v.rule}] ${v.message}`);
  }
  for (const c of report.cycles) {
    lines.push(`import cycle between ${c.files.length} file(s): ${c.files.join(', ')}`);
    for (const e of c.path) lines.push(`    ${e.from}:${e.line} → '${e.specifier}' (${e.to})`);
  }
  lines.push(summary(report));
  return lines;
}

function summary(report: LayerReport): string {
  const s = report.stats;
  const pkgs = Object.entries(s.filesByPackage)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([p, n]) => `${p} ${n}`)
    .join(', ');
  const edges = s.cycleEdges === 'runtime' ? 'runtime imports; import type excluded' : 'all imports';
  const counts =
    `${s.files} files (${pkgs || 'none'}), ${s.imports} imports ` +
    `(${s.internalImports} internal, ${s.typeOnlyImports} type-only), ${s.layers} layers, ` +
    `cycles checked on ${edges}`;
  const problems = report.violations.length + report.cycles.length;
  if (problems === 0) return `layers OK: ${counts}, 0 violations, 0 cycles`;
  return `layers FAILED: ${report.violations.length} violation(s), ${report.cycles.length} cycle(s) — ${counts}`;
}
