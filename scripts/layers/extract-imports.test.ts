import { describe, expect, it } from 'vitest';
import { extractImports } from './extract-imports.js';

describe('extractImports', () => {
  it('finds every kind of module reference with its line and whether it is erased', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from './b.js';",
      "import { type C } from './c.js';",
      "export * from './d.js';",
      "export type { E } from './e.js';",
      "import './f.js';",
      'async function g() { return import(\'./g.js\'); }',
      "let h: import('./h.js').H;",
      "const i = `import './no.js'`;",
    ].join('\n');
    const refs = extractImports('x.ts', text).map((r) => [r.specifier, r.line, r.kind, r.typeOnly]);
    expect(refs).toEqual([
      ['./a.js', 1, 'import', false],
      ['./b.js', 2, 'import', true],
      ['./c.js', 3, 'import', false],
      ['./d.js', 4, 'export', false],
      ['./e.js', 5, 'export', true],
      ['./f.js', 6, 'import', false],
      ['./g.js', 7, 'dynamic', false],
      ['./h.js', 8, 'import-type', true],
    ]);
  });

  it('ignores specifiers in strings and comments and non-literal dynamic imports', () => {
    const text = "// import x from './no.js'\nconst s = \"import './no.js'\";\nconst n = './no.js';\nvoid import(n);";
    expect(extractImports('x.ts', text)).toEqual([]);
  });
});
