import type { Plugin } from 'esbuild';
import { moduleFilter } from './module-filter.js';

/**
 * Gives a lazy view the UI module's Preact and shared helpers, so that a page never downloads them
 * twice: every import of one of `modules` becomes one virtual module that takes `names` from the UI
 * module the view belongs to. That UI module's query sits in the view's fragment (the UI module after a
 * failed download is `widget-ui.js?1`, and its views `join.js#?1`; src/loader/import-chunk.ts). Not a
 * static import: that would name the plain URL, which Firefox never downloads again once it failed.
 */
export function fromUi({ names, modules }: { names: string[]; modules: string[] }): Plugin {
  return {
    name: 'from-ui',
    setup(build) {
      build.onResolve({ filter: moduleFilter(modules) }, () => ({ path: 'widget-ui', namespace: 'from-ui' }));
      build.onLoad({ filter: /.*/, namespace: 'from-ui' }, () => ({
        contents: `export const { ${names.join(', ')} } = await import(
  new URL("../widget-ui.js" + new URL(import.meta.url).hash.slice(1), import.meta.url)
);`,
        loader: 'js',
      }));
    },
  };
}
