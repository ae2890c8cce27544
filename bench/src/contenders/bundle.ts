import { build } from 'esbuild';

/** How a bundled entry is wrapped: `esm` to measure what an app ships, `iife` to load it with a plain script tag. */
export type BundleFormat = 'esm' | 'iife';

/**
 * Bundles and minifies `source` for ES2022 browsers the way an app's bundler would, in production
 * mode and without legal comments, resolving imports from `resolveDir`: the anchors and the floor.
 * Rujuk's own bundles are measured with `@rujuk/size`'s `bundleEntry`, as `pnpm size` measures them.
 */
export async function bundle(
  source: string,
  resolveDir: string,
  format: BundleFormat = 'esm',
  nodePaths: string[] = [],
): Promise<Buffer> {
  const result = await build({
    nodePaths,
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format,
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0]!.contents);
}
