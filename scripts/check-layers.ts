/**
 * `npm run layers`: enforces the layer table of docs/architecture.md, the package boundaries
 * and the absence of import cycles over every .ts file in packages/*\/src.
 * Exit 0 with a one-line summary, or 1 listing each problem as file:line → import.
 *
 *   tsx scripts/check-layers.ts [--cycles=all]   (default: runtime imports; see scripts/layers/)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLayers, type SourceFile } from './layers/check-layers.js';
import { formatReport } from './layers/format-report.js';
import { parseLayerTable } from './layers/layer-table.js';
import { parsePackageTable } from './layers/package-table.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name.startsWith('.')) return [];
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

function toRepoPath(full: string): string {
  return path.relative(repoRoot, full).split(path.sep).join('/');
}

function main(): number {
  const doc = fs.readFileSync(path.join(repoRoot, 'docs/architecture.md'), 'utf8');
  const table = parseLayerTable(doc);
  const packages = parsePackageTable(doc);
  const all = walk(path.join(repoRoot, 'packages')).map(toRepoPath);
  const isSource = (p: string) => /^packages\/[^/]+\/src\/.+\.(m|c)?ts$/.test(p) && !p.endsWith('.d.ts');
  const sources: SourceFile[] = all
    .filter(isSource)
    .sort()
    .map((p) => ({ path: p, text: fs.readFileSync(path.join(repoRoot, p), 'utf8') }));
  const otherFiles = new Set(all.filter((p) => !isSource(p)));
  const cycleEdges = process.argv.includes('--cycles=all') ? 'all' : 'runtime';
  const report = checkLayers({ table, packages, sources, otherFiles, cycleEdges });
  const lines = formatReport(report);
  const failed = report.violations.length + report.cycles.length > 0;
  (failed ? console.error : console.log)(lines.join('\n'));
  return failed ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(`layers: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
