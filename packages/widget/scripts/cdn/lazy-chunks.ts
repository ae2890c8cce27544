import type { Plugin } from 'esbuild';

/** The separately built file (under dist/ui/, without `.js`) of each module imported lazily. */
export const LAZY_CHUNKS: Record<string, string> = {
  'join-chunk': 'views/join',
  'share-chunk': 'views/share',
  secondary: 'views/more',
  'qr-svg': 'qr',
};

/** Points lazy imports at the separately built chunks (`base` is the way from the output file to dist/ui/). */
export function lazyChunks(base: string): Plugin {
  return {
    name: 'lazy-chunks',
    setup(build) {
      const filter = new RegExp(`[\\\\/](${Object.keys(LAZY_CHUNKS).join('|')})\\.js$`);
      build.onResolve({ filter }, ({ path }) => ({
        path: `${base}${LAZY_CHUNKS[filter.exec(path)![1]!]}.js`,
        external: true,
      }));
    },
  };
}
