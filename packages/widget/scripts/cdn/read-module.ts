// Reads what a TypeScript module imports and exports with the TypeScript parser, so the build finds
// the names and modules the source lists instead of keeping copies of them.
import ts from 'typescript';

const parse = (source: string) =>
  ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) &&
  !!ts.getModifiers(node)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);

/** The names a module exports, in source order: `export { a, b as c } from …`, `export const`, `export function`. */
export function exportNames(source: string): string[] {
  const names: string[] = [];
  for (const node of parse(source).statements) {
    if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.exportClause && ts.isNamedExports(node.exportClause)) {
      for (const element of node.exportClause.elements) if (!element.isTypeOnly) names.push(element.name.text);
    } else if (ts.isVariableStatement(node) && isExported(node)) {
      for (const { name } of node.declarationList.declarations) if (ts.isIdentifier(name)) names.push(name.text);
    } else if (ts.isFunctionDeclaration(node) && isExported(node) && node.name) {
      names.push(node.name.text);
    }
  }
  return names;
}

/** The modules a module takes values from (`import …` and `export … from`), type-only ones left out, in source order. */
export function valueImports(source: string): string[] {
  const modules: string[] = [];
  for (const node of parse(source).statements) {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
      modules.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      modules.push((node.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return modules;
}

/** The identifiers listed in the array literal that `variable` is initialised with (`as const` allowed). */
export function arrayIdentifiers(source: string, variable: string): string[] {
  for (const node of parse(source).statements) {
    if (!ts.isVariableStatement(node)) continue;
    for (const declaration of node.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== variable) continue;
      let value = declaration.initializer;
      while (value && (ts.isAsExpression(value) || ts.isSatisfiesExpression(value))) value = value.expression;
      if (!value || !ts.isArrayLiteralExpression(value)) throw new Error(`${variable} is not an array literal`);
      return value.elements.map((element) => {
        if (!ts.isIdentifier(element)) throw new Error(`${variable} lists something other than a name`);
        return element.text;
      });
    }
  }
  throw new Error(`no ${variable} in the module`);
}
