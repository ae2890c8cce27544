import type { Plugin } from 'esbuild';
import { moduleFilter } from './module-filter.js';

/**
 * Gives the UI module the loader's copies of `modules` (the ones src/cdn/loader-shares.ts imports, and
 * take-loader-shares.ts): one virtual module whose bindings, `names` in the order of `loaderShares`,
 * `takeLoaderShares` fills when the loader imports the UI, before anything runs.
 */
export function fromLoader({ names, modules }: { names: string[]; modules: string[] }): Plugin {
  return {
    name: 'from-loader',
    setup(build) {
      build.onResolve({ filter: moduleFilter(modules) }, () => ({ path: 'loader-shares', namespace: 'from-loader' }));
      build.onLoad({ filter: /.*/, namespace: 'from-loader' }, () => ({
        contents: `export let ${names.join(', ')};
export function takeLoaderShares(shares) { [${names.join(', ')}] = shares; }`,
        loader: 'js',
      }));
    },
  };
}
