import ts from 'typescript';

/** One module reference found in a source file. */
export interface ImportRef {
  readonly specifier: string;
  /** 1-based line of the declaration or call. */
  readonly line: number;
  /**
   * True when the reference is erased at run time: `import type`, `export type ... from`, and
   * `import('x').T` type queries. `import { type A } from 'x'` is NOT type-only: under
   * verbatimModuleSyntax it still loads 'x'.
   */
  readonly typeOnly: boolean;
  readonly kind: 'import' | 'export' | 'dynamic' | 'import-type' | 'require';
}

/** All static imports, re-exports, dynamic `import('literal')` calls and import types. */
export function extractImports(fileName: string, text: string): ImportRef[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const refs: ImportRef[] = [];
  const add = (node: ts.Node, specifier: string, kind: ImportRef['kind'], typeOnly: boolean) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    refs.push({ specifier, line, typeOnly, kind });
  };
  const visit = (node: ts.Node): void => {
    const found = classify(node);
    if (found) add(node, found.specifier, found.kind, found.typeOnly);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return refs;
}

type Found = Pick<ImportRef, 'specifier' | 'kind' | 'typeOnly'>;

function classify(node: ts.Node): Found | undefined {
  if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
    const typeOnly = node.importClause?.isTypeOnly ?? false;
    return { specifier: node.moduleSpecifier.text, kind: 'import', typeOnly };
  }
  if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
    return { specifier: node.moduleSpecifier.text, kind: 'export', typeOnly: node.isTypeOnly };
  }
  if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
    const expr = node.moduleReference.expression;
    if (ts.isStringLiteral(expr)) {
      return { specifier: expr.text, kind: 'require', typeOnly: node.isTypeOnly };
    }
  }
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    const arg = node.arguments[0];
    if (arg && ts.isStringLiteralLike(arg)) {
      return { specifier: arg.text, kind: 'dynamic', typeOnly: false };
    }
  }
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
    const lit = node.argument.literal;
    if (ts.isStringLiteral(lit)) return { specifier: lit.text, kind: 'import-type', typeOnly: true };
  }
  return undefined;
}
