import type { Plugin } from 'esbuild';

/**
 * Builds `file` wherever a module imports the file named `name` (`view-imports.js`, from any folder):
 * the script-tag build's own version of a module the npm build bundles as it is.
 */
export function replaceModule(name: string, file: string): Plugin {
  const filter = new RegExp(`[\\\\/]${name.replace(/[.-]/g, '\\$&')}$`);
  return {
    name: `replace-${name}`,
    setup(build) {
      build.onResolve({ filter }, () => ({ path: file }));
    },
  };
}
