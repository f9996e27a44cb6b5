/**
 * The layer table of `@rowforge/core`, read from docs/architecture.md so that the document and
 * the checker can never disagree: the table in the document *is* the rule.
 */

/** One row of the table: a layer, where it lives, and which layers it may import. */
export interface LayerRule {
  readonly name: string;
  /** Path inside `packages/core/src/`: a folder (`engine`) or a single file (`index.ts`). */
  readonly location: string;
  readonly isFile: boolean;
  readonly mayImport: ReadonlySet<string>;
}

export interface LayerTable {
  /** In document order, inner to outer. */
  readonly layers: readonly LayerRule[];
}

const ROW = /^\|\s*([a-z][\w-]*)\s*\|\s*`src\/([^`]+)`\s*\|\s*([^|]+?)\s*\|\s*$/;

/**
 * Parses the `| layer | folder | may import |` table. "nothing" means no other layer,
 * "all of the above" means every earlier row; text in parentheses is commentary.
 */
export function parseLayerTable(markdown: string): LayerTable {
  const layers: LayerRule[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const m = ROW.exec(line.trim());
    if (!m) continue;
    const [, name = '', location = '', allowText = ''] = m;
    layers.push({
      name,
      location: location.replace(/\/$/, ''),
      isFile: location.endsWith('.ts'),
      mayImport: parseAllowList(allowText, layers, name),
    });
  }
  if (layers.length === 0) {
    throw new Error('no layer table found (rows like "| util | `src/util` | nothing |")');
  }
  return { layers };
}

function parseAllowList(text: string, earlier: readonly LayerRule[], row: string): Set<string> {
  const plain = text.replace(/\([^)]*\)/g, '').trim().toLowerCase();
  if (plain === 'nothing' || plain === '') return new Set();
  if (plain === 'all of the above') return new Set(earlier.map((l) => l.name));
  const names = plain.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  for (const n of names) {
    if (!earlier.some((l) => l.name === n)) {
      throw new Error(`layer "${row}" may import "${n}", which is not a layer listed above it`);
    }
  }
  return new Set(names);
}

/** The layer a path inside `packages/core/src/` belongs to, if any. */
export function layerOfCorePath(table: LayerTable, insideSrc: string): LayerRule | undefined {
  return table.layers.find((l) =>
    l.isFile ? insideSrc === l.location : insideSrc.startsWith(`${l.location}/`),
  );
}
