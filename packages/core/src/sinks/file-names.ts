/** Makes a table name safe as a file name on every OS (letters, digits, `.`, `_`, `-`). */
export function safeFileStem(name: string): string {
  const stem = name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return stem === '' ? '_' : stem;
}

/**
 * One file name per table (`<stem><ext>`), unique case-insensitively and different from
 * every `reserved` name (e.g. `manifest.json`); clashes get `_2`, `_3`, ...
 *
 * @example
 * ```ts
 * tableFileNames(['a b', 'a_b', 'manifest'], '.json', ['manifest.json'])
 * // Map { 'a b' => 'a_b.json', 'a_b' => 'a_b_2.json', 'manifest' => 'manifest_2.json' }
 * ```
 */
export function tableFileNames(tables: readonly string[], ext: string, reserved: readonly string[] = []): Map<string, string> {
  const used = new Set(reserved.map((r) => r.toLowerCase()));
  const out = new Map<string, string>();
  for (const t of tables) {
    const stem = safeFileStem(t);
    let name = `${stem}${ext}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}_${n}${ext}`;
    used.add(name.toLowerCase());
    out.set(t, name);
  }
  return out;
}
