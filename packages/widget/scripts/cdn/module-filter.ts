const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * An esbuild `onResolve` filter matching imports of the given modules, as a module names them in its
 * imports: a package (`preact/jsx-runtime`) by its exact name, a file of ours (`../ui/context.js`) by
 * its file name, whichever folder the importer reaches it from.
 */
export function moduleFilter(specifiers: string[]): RegExp {
  const packages = specifiers.filter((specifier) => !specifier.startsWith('.')).map(escapeRegExp);
  const files = specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => escapeRegExp(specifier.split('/').pop()!));
  const alternatives: string[] = [];
  if (packages.length) alternatives.push(`^(?:${packages.join('|')})$`);
  if (files.length) alternatives.push(`[\\\\/](?:${files.join('|')})$`);
  if (!alternatives.length) throw new Error('no modules to match');
  return new RegExp(alternatives.join('|'));
}
